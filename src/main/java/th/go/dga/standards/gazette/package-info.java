/**
 * Digital government standards (มรด.) once signed: the Royal Gazette submission and publication, and the effective
 * date on which the standard comes into force.
 */
package th.go.dga.standards.gazette;
