/**
 * The working group's work in the process: the drafts it submits, and the revision that answers every hearing comment.
 */
package th.go.dga.standards.drafting;
