package th.go.dga.standards.signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo PKI: made once on first start, found again on the next, the same when several nodes start at once, every
 * subject saying DEMO; and refused where demo keys are not allowed.
 */
class DemoPkiTests {

    @TempDir
    Path directory;

    @Test
    void isMadeOnceAndFoundAgainOnTheNextStart() throws Exception {
        Path pki = directory.resolve("demo-pki");
        DemoPki first = DemoPki.openOrCreate(pki);
        byte[] director = Files.readAllBytes(first.keystore("director"));

        DemoPki second = DemoPki.openOrCreate(pki);

        assertThat(Files.readAllBytes(second.keystore("director"))).isEqualTo(director);
        assertThat(second.password("director")).isEqualTo(first.password("director"));
        try (var files = Files.list(directory)) {
            assertThat(files).as("no staging directory left behind").containsExactly(pki);
        }
    }

    @Test
    void nodesStartingAtOnceShareOnePki() throws Exception {
        Path pki = directory.resolve("shared");
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            Callable<String> start = () -> DemoPki.openOrCreate(pki).password("chairman");
            List<Future<String>> started = nodes.invokeAll(List.of(start, start, start));
            String password = started.get(0).get();
            for (Future<String> node : started) {
                assertThat(node.get()).isEqualTo(password);
            }
        } finally {
            nodes.shutdown();
        }
        KeyStore chairman = DemoPki.load(pki.resolve("chairman.p12"), DemoPki.openOrCreate(pki).password("chairman").toCharArray());
        assertThat(chairman.getKey("chairman", DemoPki.openOrCreate(pki).password("chairman").toCharArray())).isNotNull();
    }

    @Test
    void everySubjectSaysDemoWithTheThaiNameAndTitle() throws Exception {
        DemoPki pki = DemoPki.openOrCreate(directory.resolve("demo-pki"));

        X509Certificate director = certificate(pki, "director");
        assertThat(director.getSubjectX500Principal().getName()).contains("DEMO");
        assertThat(CertificateNames.of(director)).isEqualTo(new CertificateNames("DEMO ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล",
                "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล", "DEMO สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"));
        assertThat(CertificateNames.of(certificate(pki, "chairman")).commonName()).isEqualTo("DEMO ประธานกรรมการพัฒนารัฐบาลดิจิทัล");
        assertThat(director.getIssuerX500Principal().getName()).contains("DEMO DGA Standards Root CA");

        X509Certificate tsa = certificate(pki, "tsa");
        assertThat(tsa.getSubjectX500Principal().getName()).contains("DEMO");
        assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
        assertThat(TrustMaterial.certificates(pki.caCertificate())).singleElement()
                .satisfies(ca -> assertThat(ca.getSubjectX500Principal().getName()).contains("DEMO DGA Standards Root CA"));
    }

    @Test
    void isRefusedWhereDemoKeysAreNotAllowed() {
        SignatureSettings demo = TestSigner.demoSettings(directory.resolve("demo-pki"));
        SignatureSettings noDemo = new SignatureSettings(demo.director(), demo.chairman(), demo.timestampAuthority(), demo.trustAnchors(),
                null, null, false, false, demo.demoPki(), demo.maxVerifySize());

        assertThatThrownBy(() -> TestSigner.of(noDemo)).hasMessageContaining("Signatures refuse to start")
                .hasMessageContaining("no signing key of the director").hasMessageContaining("timestamp-authority.url")
                .hasMessageContaining("trust-anchors");
        assertThat(Files.exists(directory.resolve("demo-pki"))).isFalse();
    }

    @Test
    void aMissingKeystoreLeavesTheRoleNotReadyWithAThaiReason() {
        TestPki agency = TestPki.create(directory.resolve("agency"), "Test CA", "");
        SignatureSettings settings = agency.settings(null, true, directory.resolve("demo-pki"));
        SignatureSettings missing = new SignatureSettings(new SignatureSettings.SigningKey(directory.resolve("gone.p12"), "x", null,
                new SignatureSettings.Pkcs11(null, null, null)), settings.chairman(), settings.timestampAuthority(), settings.trustAnchors(),
                null, null, false, true, settings.demoPki(), settings.maxVerifySize());
        TestSigner signer = TestSigner.of(missing);

        assertThat(signer.signatures().ready(SigningRole.DIRECTOR)).isFalse();
        assertThat(signer.signatures().ready(SigningRole.CHAIRMAN)).isTrue();
        assertThatThrownBy(() -> signer.sign(TestPdfs.onePage(), SigningRole.DIRECTOR))
                .isInstanceOf(SigningKeyUnavailableException.class)
                .hasMessageContaining("ยังลงนามในนามผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัลไม่ได้").hasMessageContaining("gone.p12");
    }

    @Test
    void anUnreachableTimestampAuthorityPutsTheSignatureOff() {
        TestPki agency = TestPki.create(directory.resolve("agency"), "Test CA", "");
        TestSigner signer = TestSigner.of(agency.settings(java.net.URI.create("http://127.0.0.1:9/tsr"), false, directory.resolve("demo-pki")));

        assertThatThrownBy(() -> signer.sign(TestPdfs.onePage(), SigningRole.CHAIRMAN))
                .isInstanceOf(TimestampUnavailableException.class).hasMessageContaining("http://127.0.0.1:9/tsr");
    }

    private static X509Certificate certificate(DemoPki pki, String name) throws Exception {
        return (X509Certificate) DemoPki.load(pki.keystore(name), pki.password(name).toCharArray()).getCertificate(name);
    }
}
