package th.go.dga.standards.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo's PKI: a root CA, a certificate for each signing role and one for the timestamp authority, every subject
 * saying DEMO. Made once, on the first start without keys of the agency's own, as PKCS#12 files with generated
 * passwords kept beside them (keys made at start-up for a demo are no secret), and found again on the next start.
 * <p>
 * Several nodes may share the directory and start at once: each makes a complete PKI in a directory of its own and
 * renames it into place; the first rename wins, and the others use the winner's.
 */
final class DemoPki {

    static final String CA = "ca";
    static final String TSA = "tsa";
    static final String CA_NAME = "DEMO DGA Standards Root CA";
    static final String ORGANISATION = "DEMO สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)";
    private static final String PASSWORDS = "passwords.properties";
    private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration VALIDITY = Duration.ofDays(10 * 365);
    private static final String ALGORITHM = "SHA256withECDSA";

    private final Path directory;
    private final Properties passwords;

    private DemoPki(Path directory, Properties passwords) {
        this.directory = directory;
        this.passwords = passwords;
    }

    /** The PKI in the directory, made first if it is not there. */
    static DemoPki openOrCreate(Path directory) {
        Path target = directory.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(target.resolve(PASSWORDS))) {
                create(target);
            }
            Properties passwords = new Properties();
            try (Reader in = Files.newBufferedReader(target.resolve(PASSWORDS), StandardCharsets.UTF_8)) {
                passwords.load(in);
            }
            return new DemoPki(target, passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make or read the demo PKI in " + target, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the demo PKI", e);
        }
    }

    /** The keystore of a role, or of {@link #TSA} or {@link #CA}: its one key has the name as alias. */
    Path keystore(String name) {
        return directory.resolve(name + ".p12");
    }

    String password(String name) {
        return passwords.getProperty(name);
    }

    Path caCertificate() {
        return directory.resolve(CA + ".pem");
    }

    Path directory() {
        return directory;
    }

    private static void create(Path target) throws IOException, GeneralSecurityException, OperatorCreationException {
        Files.createDirectories(target.getParent());
        Path staging = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID());
        Files.createDirectories(staging);
        try {
            write(staging);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException anotherNodeWasFirst) {
            // a rename onto a directory that is there fails (how depends on the file system): theirs is complete, it
            // was renamed into place whole
            if (!Files.isRegularFile(target.resolve(PASSWORDS))) {
                throw anotherNodeWasFirst;
            }
        } finally {
            deleteTree(staging);
        }
    }

    private static void write(Path staging) throws IOException, GeneralSecurityException, OperatorCreationException {
        Instant now = Instant.now();
        Properties passwords = new Properties();
        KeyPair caKeys = keyPair();
        X500Name caName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TH").addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, CA_NAME).build();
        X509Certificate ca = sign(new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(CA_VALIDITY)), caName, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(caKeys.getPublic())),
                caKeys.getPrivate());
        keep(staging, passwords, CA, caKeys.getPrivate(), ca);
        Files.writeString(staging.resolve(CA + ".pem"), pem(ca), StandardCharsets.US_ASCII);
        for (SigningRole role : SigningRole.values()) {
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TH").addRDN(BCStyle.O, ORGANISATION)
                    .addRDN(BCStyle.T, role.titleThai()).addRDN(BCStyle.PSEUDONYM, "DEMO " + role.titleEnglish())
                    .addRDN(BCStyle.CN, "DEMO " + role.titleThai()).build();
            KeyPair keys = keyPair();
            X509Certificate certificate = sign(issued(ca, caKeys, subject, keys, now)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)), caKeys.getPrivate());
            keep(staging, passwords, role.key(), keys.getPrivate(), certificate, ca);
        }
        X500Name tsaName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TH").addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, "DEMO DGA Standards Timestamp Authority").build();
        KeyPair tsaKeys = keyPair();
        X509Certificate tsa = sign(issued(ca, caKeys, tsaName, tsaKeys, now)
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)), caKeys.getPrivate());
        keep(staging, passwords, TSA, tsaKeys.getPrivate(), tsa, ca);
        try (Writer out = Files.newBufferedWriter(staging.resolve(PASSWORDS), StandardCharsets.UTF_8)) {
            passwords.store(out, "Passwords of the demo PKI's keystores: made at first start, for the demo only");
        }
    }

    private static X509v3CertificateBuilder issued(X509Certificate ca, KeyPair caKeys, X500Name subject, KeyPair keys, Instant now)
            throws GeneralSecurityException, IOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(ca, serial(), Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject,
                keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(caKeys.getPublic()))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
    }

    static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(ALGORITHM).build(issuerKey)));
    }

    static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE);
    }

    static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static void keep(Path directory, Properties passwords, String name, PrivateKey key, X509Certificate... chain)
            throws IOException, GeneralSecurityException {
        String password = newPassword();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(name, key, password.toCharArray(), (Certificate[]) chain);
        try (OutputStream out = Files.newOutputStream(directory.resolve(name + ".p12"))) {
            store.store(out, password.toCharArray());
        }
        passwords.setProperty(name, password);
    }

    private static String newPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Reads a PKCS#12 file, for the tests and the keys. */
    static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
