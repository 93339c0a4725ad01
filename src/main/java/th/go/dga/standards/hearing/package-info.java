/**
 * Public hearings: the comment period and the online meeting, their rules, extensions, the comments received and
 * the disposition of each.
 */
package th.go.dga.standards.hearing;
