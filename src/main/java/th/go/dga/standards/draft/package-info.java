/**
 * The text of a standard, version by version: each draft as the working group sent it, its clauses read from the
 * Word file, and what changed between two versions, clause by clause and word by word.
 */
package th.go.dga.standards.draft;
