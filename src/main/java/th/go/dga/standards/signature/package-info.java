/**
 * PAdES signatures of the agency's PDFs: the signing key of each signing role, the timestamp authority, and signing
 * and validation with the EU DSS library; the public check of a signed PDF ({@code /api/verify}).
 */
package th.go.dga.standards.signature;
