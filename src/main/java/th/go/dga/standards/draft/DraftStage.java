package th.go.dga.standards.draft;

/** Why a version of a standard's text was recorded. */
public enum DraftStage {
    /** A draft for the technical working group and the committee. */
    DRAFT,
    /** A draft revised after a public hearing. */
    REVISED,
    /** The text proposed to the Digital Government Development Committee for promotion. */
    PROPOSAL
}
