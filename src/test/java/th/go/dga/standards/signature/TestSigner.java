package th.go.dga.standards.signature;

import java.nio.file.Path;
import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * The signature module without Spring: the demo PKI in a directory of the test's, or keys and anchors of the test's
 * own, and the services made from them.
 */
public final class TestSigner {

    private final TrustMaterial trust;
    private final PdfSignatures signatures;
    private final PdfVerifier verifier;

    private TestSigner(SignatureSettings settings) {
        this.trust = new TrustMaterial(settings);
        this.signatures = new PdfSignatures(new SigningKeys(settings, trust), trust);
        this.verifier = new PdfVerifier(trust, settings);
    }

    /** With the demo PKI in the directory, made there if it is not. */
    public static TestSigner demo(Path demoPki) {
        return new TestSigner(demoSettings(demoPki));
    }

    static SignatureSettings demoSettings(Path demoPki) {
        return new SignatureSettings(noKey(), noKey(), new SignatureSettings.TimestampAuthority(null, java.time.Duration.ofSeconds(10), null),
                List.of(), null, null, false, true, demoPki, DataSize.ofMegabytes(20));
    }

    static SignatureSettings.SigningKey noKey() {
        return new SignatureSettings.SigningKey(null, null, null, new SignatureSettings.Pkcs11(null, null, null));
    }

    public static TestSigner of(SignatureSettings settings) {
        return new TestSigner(settings);
    }

    public PdfSignatures signatures() {
        return signatures;
    }

    public PdfVerifier verifier() {
        return verifier;
    }

    public byte[] sign(byte[] pdf, SigningRole role) {
        return signatures.sign(pdf, role, "ลงนามประกาศ มสพร. 99-2569", PdfSignatures.BANGKOK);
    }

    TrustMaterial trust() {
        return trust;
    }
}
