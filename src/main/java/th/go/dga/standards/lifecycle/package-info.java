/**
 * The lifecycle of a standard project, from registration to publication or withdrawal: the process that ties
 * drafting, voting, hearing, signing and the Royal Gazette together.
 */
package th.go.dga.standards.lifecycle;
