package th.go.dga.standards.signature;

import java.time.Instant;
import java.util.List;

/**
 * What the check of a PDF's signatures found: a verdict a person can act on, said in Thai and in English, and for
 * each signature who signed, when, whether the document is unchanged since, and whether the signer's certificate
 * leads to a certificate authority this system trusts.
 *
 * @param verdict        the document's verdict: the worst of its signatures'
 * @param summaryThai    the verdict in one plain Thai sentence
 * @param summaryEnglish the same in English
 * @param signatures     in the order they were made
 */
public record Verification(Verdict verdict, String summaryThai, String summaryEnglish, List<SignatureCheck> signatures) {

    public Verification {
        signatures = List.copyOf(signatures);
    }

    /** What a reader may make of a document or of one signature. */
    public enum Verdict {
        /** Intact since signing, by a certificate that leads to a trust anchor, its timestamp good. */
        VALID,
        /** Changed after signing, or a signature that does not match: not to be relied on. */
        INVALID,
        /** Intact, but the signer's certificate leads to no certificate authority this system trusts. */
        NOT_TRUSTED,
        /** Neither proven valid nor invalid: a certificate expired or revoked, data missing to decide. */
        INDETERMINATE,
        /** The PDF carries no signature. */
        NO_SIGNATURE
    }

    /**
     * One signature.
     *
     * @param signerName          the signer's name, from the certificate's CN (or the signature's /Name)
     * @param title               the signer's title, from the certificate's T
     * @param organisation        from the certificate's O
     * @param certificate         the signer's certificate
     * @param claimedSigningTime  when the signer's computer says it signed; only the timestamp proves it
     * @param timestamp           the timestamp authority's proof of when, if there is one
     * @param reason              the reason written in the signature
     * @param location            the place written in the signature
     * @param intact              whether the signed bytes are those the signature was made on, and the signature value
     *                            matches the certificate
     * @param unchangedSinceSigning whether nothing was changed or added to the PDF after it was signed
     * @param trusted             whether the certificate chain reaches a configured trust anchor
     * @param indication          DSS's indication (TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED)
     * @param subIndication       DSS's sub-indication, when there is one (HASH_FAILURE, NO_CERTIFICATE_CHAIN_FOUND, …)
     * @param level               the signature's format, such as PAdES-BASELINE-T
     * @param verdict             this signature's verdict
     */
    public record SignatureCheck(
            String signerName,
            String title,
            String organisation,
            CertificateInfo certificate,
            Instant claimedSigningTime,
            Timestamp timestamp,
            String reason,
            String location,
            boolean intact,
            boolean unchangedSinceSigning,
            boolean trusted,
            String indication,
            String subIndication,
            String level,
            Verdict verdict) {
    }

    /**
     * A certificate as a person checks it.
     *
     * @param serialNumber in decimal, as DSS gives it
     */
    public record CertificateInfo(String subject, String issuer, String serialNumber, Instant notBefore, Instant notAfter) {
    }

    /**
     * A signature's RFC 3161 timestamp.
     *
     * @param time      when the authority stamped the signature
     * @param authority the authority's name (its certificate's CN)
     * @param valid     whether the stamp itself is intact and signed by the authority
     */
    public record Timestamp(Instant time, String authority, boolean valid) {
    }
}
