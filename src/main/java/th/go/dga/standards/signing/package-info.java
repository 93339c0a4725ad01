/**
 * Signing a community standard: the director's announcement, its running number within the Buddhist-era year and
 * the code the standard gets when it is issued.
 */
package th.go.dga.standards.signing;
