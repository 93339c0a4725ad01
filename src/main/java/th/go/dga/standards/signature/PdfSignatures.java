package th.go.dga.standards.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;

import org.springframework.stereotype.Service;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;

/**
 * Signs the agency's PDFs in the name of a signing role: a PAdES signature, that is a CAdES signature in the PDF's
 * signature dictionary (signer's name, reason, location), with an RFC 3161 timestamp of the signature from the
 * timestamp authority, which fixes when it was made whatever the signer's clock said (BASELINE-T).
 * <p>
 * Where revocation data can be had, the certificates and their revocation lists or OCSP answers are added in the
 * PDF's DSS dictionary (BASELINE-LT), so that the signature can be checked years later without asking anyone: the
 * demo CA issues its own lists in-process; another CA's are fetched when {@code online-revocation} is on. Otherwise
 * the signature is BASELINE-T.
 */
@Service
public class PdfSignatures {

    /** Where the agency signs: its announcements are signed in Bangkok. */
    public static final String BANGKOK = "กรุงเทพมหานคร";

    private final SigningKeys keys;
    private final TrustMaterial trust;

    PdfSignatures(SigningKeys keys, TrustMaterial trust) {
        this.keys = keys;
        this.trust = trust;
    }

    /** Whether the role's key can sign now; a caller asks before it accepts a signature. */
    public boolean ready(SigningRole role) {
        return keys.ready(role);
    }

    /**
     * @param pdf      the document to sign, unchanged but for the signature added at its end (an incremental update)
     * @param role     in whose name
     * @param reason   the reason the signature gives ("ลงนามประกาศ …")
     * @param location where it is signed, {@link #BANGKOK} as a rule
     * @return the signed PDF
     * @throws SigningKeyUnavailableException when the role's key cannot sign
     * @throws TimestampUnavailableException  when the timestamp authority did not answer; try again later
     */
    public byte[] sign(byte[] pdf, SigningRole role, String reason, String location) {
        SigningKeys.Key key = keys.key(role);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(trust.revocationAvailable() ? SignatureLevel.PAdES_BASELINE_LT : SignatureLevel.PAdES_BASELINE_T);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.entry().getCertificate());
        parameters.setCertificateChain(key.entry().getCertificateChain());
        parameters.setSignerName(signerName(key));
        parameters.setReason(reason);
        parameters.setLocation(location);
        parameters.bLevel().setSigningDate(new Date());
        PAdESService service = new PAdESService(trust.verifier());
        service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        service.setTspSource(trust.timestamps());
        DSSDocument document = new InMemoryDocument(pdf, "document.pdf");
        try {
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureValue value;
            synchronized (key) {
                value = key.token().sign(toBeSigned, parameters.getDigestAlgorithm(), key.entry());
            }
            return bytes(service.signDocument(document, parameters, value));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimestampUnavailableException unavailable) {
                    throw unavailable;
                }
            }
            throw e;
        }
    }

    /** The certificate's common name without the demo's marker, as a person would sign. */
    private static String signerName(SigningKeys.Key key) {
        String name = CertificateNames.of(key.entry().getCertificate().getCertificate()).commonName();
        return name == null ? key.entry().getCertificate().getSubject().getPrettyPrintRFC2253() : name;
    }

    private static byte[] bytes(DSSDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
