/**
 * Digital government standards (มรด.): the committee's approval, the chairman's signature, the Royal Gazette
 * submission and publication, and the effective date.
 */
package th.go.dga.standards.gazette;
