package th.go.dga.standards.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.util.unit.DataSize;

/**
 * A throwaway PKI of a test's own: a CA of the given name and a key for each role, in PKCS#12 files with the password
 * {@value #PASSWORD}. What a real agency PKI looks like to the application, made in a second.
 */
public final class TestPki {

    public static final String PASSWORD = "test-keystore-password";

    private final Path directory;

    private TestPki(Path directory) {
        this.directory = directory;
    }

    /** A CA named {@code caName}, its signers named after their roles prefixed by {@code signerPrefix}. */
    public static TestPki create(Path directory, String caName, String signerPrefix) {
        try {
            Files.createDirectories(directory);
            Instant now = Instant.now();
            KeyPair caKeys = DemoPki.keyPair();
            X500Name caSubject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TH").addRDN(BCStyle.CN, caName).build();
            X509Certificate ca = DemoPki.sign(new JcaX509v3CertificateBuilder(caSubject, DemoPki.serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), caSubject, caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)), caKeys.getPrivate());
            Files.writeString(directory.resolve("ca.pem"), DemoPki.pem(ca), StandardCharsets.US_ASCII);
            for (SigningRole role : SigningRole.values()) {
                KeyPair keys = DemoPki.keyPair();
                X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TH").addRDN(BCStyle.T, role.titleThai())
                        .addRDN(BCStyle.CN, signerPrefix + role.titleThai()).build();
                X509Certificate certificate = DemoPki.sign(new JcaX509v3CertificateBuilder(ca, DemoPki.serial(), Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(Duration.ofDays(365))), subject, keys.getPublic())
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)), caKeys.getPrivate());
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(role.key(), keys.getPrivate(), PASSWORD.toCharArray(), new java.security.cert.Certificate[] {certificate, ca});
                try (OutputStream out = Files.newOutputStream(directory.resolve(role.key() + ".p12"))) {
                    store.store(out, PASSWORD.toCharArray());
                }
            }
            return new TestPki(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path keystore(SigningRole role) {
        return directory.resolve(role.key() + ".p12");
    }

    public Path caCertificate() {
        return directory.resolve("ca.pem");
    }

    /**
     * Settings with this PKI's keys and anchor.
     *
     * @param timestampAuthority null for the demo's in-process authority (which needs {@code demoKeys})
     */
    public SignatureSettings settings(URI timestampAuthority, boolean demoKeys, Path demoPki) {
        return new SignatureSettings(key(SigningRole.DIRECTOR), key(SigningRole.CHAIRMAN),
                new SignatureSettings.TimestampAuthority(timestampAuthority, Duration.ofSeconds(2), null),
                List.of(caCertificate()), null, null, false, demoKeys, demoPki, DataSize.ofMegabytes(20));
    }

    private SignatureSettings.SigningKey key(SigningRole role) {
        return new SignatureSettings.SigningKey(keystore(role), PASSWORD, role.key(), new SignatureSettings.Pkcs11(null, null, null));
    }

    /** The command-line arguments that give the application this PKI's keys and anchor. */
    public List<String> arguments(String timestampAuthority) {
        return List.of(
                "--standards.signature.director.keystore=" + keystore(SigningRole.DIRECTOR),
                "--standards.signature.director.password=" + PASSWORD,
                "--standards.signature.chairman.keystore=" + keystore(SigningRole.CHAIRMAN),
                "--standards.signature.chairman.password=" + PASSWORD,
                "--standards.signature.trust-anchors=" + caCertificate(),
                "--standards.signature.timestamp-authority.url=" + timestampAuthority);
    }
}
