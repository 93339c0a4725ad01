package th.go.dga.standards.draft;

import java.util.List;
import java.util.Optional;

/**
 * The text of one version of a draft, as read from its Word file.
 *
 * @param preamble what comes before the first numbered clause: the title, the introduction; paragraphs separated by a
 *                 line break
 * @param clauses  the numbered clauses in the order of the document; no two have the same number
 */
public record DraftText(String preamble, List<Clause> clauses) {

    public DraftText {
        preamble = preamble == null ? "" : preamble;
        clauses = List.copyOf(clauses);
    }

    public Optional<Clause> clause(String number) {
        return clauses.stream().filter(c -> c.number().equals(number)).findFirst();
    }
}
