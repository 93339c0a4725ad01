/**
 * Both signatures: the director's announcement of a community standard with its running number within the
 * Buddhist-era year, and the chairman's signature of a digital government standard; the one place a code is issued.
 */
package th.go.dga.standards.signing;
