/**
 * The public's personal data under Thailand's PDPA: a person's data exported or erased on request by the secretariat,
 * and removed by itself a set time after each hearing closes.
 */
package th.go.dga.standards.privacy;
