package th.go.dga.standards.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import th.go.dga.standards.signature.Verification.SignatureCheck;
import th.go.dga.standards.signature.Verification.Verdict;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * Checks the signatures of a PDF with DSS against the configured trust anchors, offline unless
 * {@code standards.signature.online-revocation} says otherwise, and says what it found in plain words.
 */
@Service
public class PdfVerifier {

    /** The field of the API and the page that carries the file. */
    public static final String FILE = "file";

    private final TrustMaterial trust;
    private final long maxSize;

    PdfVerifier(TrustMaterial trust, SignatureSettings settings) {
        this.trust = trust;
        this.maxSize = settings.maxVerifySize().toBytes();
    }

    /** The largest PDF the public may send ({@code standards.signature.max-verify-size}), in bytes. */
    public long maxSize() {
        return maxSize;
    }

    /**
     * Checks an uploaded PDF.
     *
     * @param size    its size as the upload announced it
     * @param content its content
     * @throws MaxUploadSizeExceededException when it is larger than {@link #maxSize()}
     * @throws InvalidInputException          when the content is empty, not a PDF, or a PDF that cannot be read
     */
    public Verification verify(long size, InputStreamSource content) {
        if (size > maxSize) {
            throw new MaxUploadSizeExceededException(maxSize);
        }
        try (InputStream in = content.getInputStream()) {
            byte[] pdf = in.readNBytes((int) maxSize + 1);
            if (pdf.length > maxSize) {
                throw new MaxUploadSizeExceededException(maxSize);
            }
            return verify(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws InvalidInputException when the content is empty, not a PDF, or a PDF that cannot be read
     */
    public Verification verify(byte[] pdf) {
        requirePdf(pdf);
        Reports reports;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf, "document.pdf"));
            validator.setCertificateVerifier(trust.verifier());
            reports = validator.validateDocument();
        } catch (RuntimeException e) {
            throw new InvalidInputException(Violation.of(FILE, "signature.pdf-unreadable"));
        }
        DiagnosticData diagnostic = reports.getDiagnosticData();
        SimpleReport simple = reports.getSimpleReport();
        boolean dataAfterLastRevision = dataAfterLastRevision(pdf);
        List<SignatureCheck> checks = new ArrayList<>();
        for (SignatureWrapper signature : diagnostic.getSignatures()) {
            checks.add(check(signature, simple, !dataAfterLastRevision));
        }
        return VerdictWords.of(checks);
    }

    private static SignatureCheck check(SignatureWrapper signature, SimpleReport simple, boolean nothingAppended) {
        CertificateWrapper certificate = signature.getSigningCertificate();
        boolean digestsMatch = !signature.getDigestMatchers().isEmpty()
                && signature.getDigestMatchers().stream().allMatch(XmlDigestMatcher::isDataIntact);
        boolean intact = digestsMatch && signature.isSignatureIntact() && signature.isSignatureValid() && signature.isSignatureByteRangeValid();
        boolean unchanged = intact && nothingAppended && !changedAfter(signature);
        Indication indication = simple.getIndication(signature.getId());
        SubIndication subIndication = simple.getSubIndication(signature.getId());
        boolean trusted = signature.isTrustedChain();
        Verdict verdict;
        if (!unchanged || indication == Indication.TOTAL_FAILED || indication == Indication.FAILED) {
            verdict = Verdict.INVALID;
        } else if (indication == Indication.TOTAL_PASSED || indication == Indication.PASSED) {
            verdict = Verdict.VALID;
        } else {
            verdict = trusted ? Verdict.INDETERMINATE : Verdict.NOT_TRUSTED;
        }
        String name = certificate != null && certificate.getCommonName() != null ? certificate.getCommonName() : signature.getSignerName();
        return new SignatureCheck(
                name,
                certificate == null ? null : certificate.getTitle(),
                certificate == null ? null : certificate.getOrganizationName(),
                certificate == null ? null : new Verification.CertificateInfo(certificate.getCertificateDN(), certificate.getCertificateIssuerDN(),
                        certificate.getSerialNumber(), instant(certificate.getNotBefore()), instant(certificate.getNotAfter())),
                instant(signature.getClaimedSigningTime()),
                signature.getSignatureTimestamps().stream().findFirst().map(PdfVerifier::timestamp).orElse(null),
                signature.getReason(),
                signature.getLocation(),
                intact,
                unchanged,
                trusted,
                indication == null ? null : indication.name(),
                subIndication == null ? null : subIndication.name(),
                simple.getSignatureFormat(signature.getId()) == null ? null : simple.getSignatureFormat(signature.getId()).toString(),
                verdict);
    }

    private static Verification.Timestamp timestamp(TimestampWrapper timestamp) {
        CertificateWrapper authority = timestamp.getSigningCertificate();
        return new Verification.Timestamp(instant(timestamp.getProductionTime()), authority == null ? null : authority.getCommonName(),
                timestamp.isMessageImprintDataIntact() && timestamp.isSignatureIntact() && timestamp.isSignatureValid());
    }

    /**
     * Whether anything but white space follows the file's last end-of-file marker: bytes added without a revision of
     * their own, which no signature covers and no reader should see past. Revisions added after a signature (the
     * revocation data of BASELINE-LT, another signature) are DSS's to judge.
     */
    private static boolean dataAfterLastRevision(byte[] pdf) {
        byte[] marker = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int at = pdf.length - marker.length; at >= 0; at--) {
            if (java.util.Arrays.equals(pdf, at, at + marker.length, marker, 0, marker.length)) {
                for (int i = at + marker.length; i < pdf.length; i++) {
                    if (!Character.isWhitespace(pdf[i]) && pdf[i] != 0) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    /** A revision after the signature that changed what the document says or shows, as DSS compares them. */
    private static boolean changedAfter(SignatureWrapper signature) {
        return signature.arePdfModificationsDetected() || !signature.getPdfUndefinedChanges().isEmpty()
                || !signature.getPdfAnnotationChanges().isEmpty();
    }

    private static void requirePdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException(Violation.of(FILE, "signature.file-empty"));
        }
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            if (!"application/pdf".equals(MimeTypes.getDefaultMimeTypes().detect(in, new Metadata()).getBaseType().toString())) {
                throw new InvalidInputException(Violation.of(FILE, "signature.not-pdf"));
            }
        } catch (IOException e) {
            throw new InvalidInputException(Violation.of(FILE, "signature.not-pdf"));
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
