/**
 * The working group's work: draft versions, and the revision that answers every hearing comment.
 */
package th.go.dga.standards.drafting;
