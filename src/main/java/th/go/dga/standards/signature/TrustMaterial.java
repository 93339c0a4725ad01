package th.go.dga.standards.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * What signing and validation rely on besides the signer's key: the timestamp authority and the certificates a
 * signature must lead to. Each is the agency's as configured, or the demo PKI's where the settings allow it.
 */
@Component
class TrustMaterial {

    private static final Logger log = LoggerFactory.getLogger(TrustMaterial.class);

    private final SignatureSettings settings;
    private final DemoPki demo;
    private final List<X509Certificate> anchors;
    private final TSPSource timestamps;
    private final String authority;
    private final DemoRevocation demoRevocation;

    TrustMaterial(SignatureSettings settings) {
        this.settings = settings;
        boolean demoNeeded = settings.timestampAuthority().url() == null || !hasAnchors(settings)
                || !settings.director().isConfigured() || !settings.chairman().isConfigured();
        if (demoNeeded && !settings.demoKeys()) {
            throw new IllegalStateException("Signatures refuse to start: standards.signature.demo-keys is false, so the demo PKI may not stand in for "
                    + String.join("; ", missing(settings)));
        }
        this.demo = demoNeeded && settings.demoKeys() ? DemoPki.openOrCreate(settings.demoPki()) : null;
        if (demo != null) {
            log.warn("Signatures use the DEMO PKI in {}: not for production", demo.directory());
        }
        this.anchors = Collections.unmodifiableList(anchors(settings, demo));
        this.demoRevocation = demo == null ? null : DemoRevocation.of(demo);
        if (settings.timestampAuthority().url() != null) {
            OnlineTSPSource online = new OnlineTSPSource(settings.timestampAuthority().url().toString());
            TimestampDataLoader loader = new TimestampDataLoader();
            int millis = (int) settings.timestampAuthority().timeout().toMillis();
            loader.setTimeoutConnection(millis);
            loader.setTimeoutConnectionRequest(millis);
            loader.setTimeoutResponse(millis);
            loader.setTimeoutSocket(millis);
            online.setDataLoader(loader);
            if (settings.timestampAuthority().policy() != null) {
                online.setPolicyOid(settings.timestampAuthority().policy());
            }
            this.timestamps = online;
            this.authority = settings.timestampAuthority().url().toString();
        } else {
            this.timestamps = demoTimestamps(demo);
            this.authority = "DEMO (in-process)";
        }
    }

    /** What the agency must configure before the demo PKI may be left out. */
    private static List<String> missing(SignatureSettings settings) {
        List<String> missing = new ArrayList<>();
        for (SigningRole role : SigningRole.values()) {
            if (!settings.key(role).isConfigured()) {
                missing.add("no signing key of the " + role.key() + " is configured (standards.signature." + role.key()
                        + ".keystore or standards.signature." + role.key() + ".pkcs11.library)");
            }
        }
        if (settings.timestampAuthority().url() == null) {
            missing.add("no timestamp authority is configured (standards.signature.timestamp-authority.url)");
        }
        if (!hasAnchors(settings)) {
            missing.add("no trust anchor is configured (standards.signature.trust-anchors or standards.signature.trust-store)");
        }
        return missing;
    }

    Optional<DemoPki> demoPki() {
        return Optional.ofNullable(demo);
    }

    /** The timestamp authority; its failure is a {@link TimestampUnavailableException}. */
    TSPSource timestamps() {
        return this::stamp;
    }

    private TimestampBinary stamp(DigestAlgorithm digestAlgorithm, byte[] digest) {
        try {
            TimestampBinary binary = timestamps.getTimeStampResponse(digestAlgorithm, digest);
            if (binary == null) {
                throw new TimestampUnavailableException(authority, null);
            }
            return binary;
        } catch (TimestampUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TimestampUnavailableException(authority, e);
        }
    }

    /**
     * Whether a signature can carry the revocation data of its certificates (PAdES BASELINE-LT): the demo CA issues
     * its own, another CA's are fetched when {@code online-revocation} allows it.
     */
    boolean revocationAvailable() {
        return settings.onlineRevocation() || (demoRevocation != null && !settings.director().isConfigured() && !settings.chairman().isConfigured());
    }

    /**
     * For signing and validation: the anchors, the demo CA's revocation lists where the demo PKI is in use, and the
     * network only where {@code online-revocation} allows it.
     */
    CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        anchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        verifier.setTrustedCertSources(trusted);
        if (demoRevocation != null && !settings.onlineRevocation()) {
            verifier.setAIASource(null);
            verifier.setCrlSource(demoRevocation);
            verifier.setOcspSource(null);
        } else if (settings.onlineRevocation()) {
            verifier.setAIASource(new DefaultAIASource());
            verifier.setCrlSource(new OnlineCRLSource());
            verifier.setOcspSource(new OnlineOCSPSource());
        } else {
            verifier.setAIASource(null);
            verifier.setCrlSource(null);
            verifier.setOcspSource(null);
        }
        return verifier;
    }

    List<X509Certificate> anchors() {
        return anchors;
    }

    private static boolean hasAnchors(SignatureSettings settings) {
        return !settings.trustAnchors().isEmpty() || settings.trustStore() != null;
    }

    private static List<X509Certificate> anchors(SignatureSettings settings, DemoPki demo) {
        List<X509Certificate> anchors = new ArrayList<>();
        try {
            for (Path file : settings.trustAnchors()) {
                anchors.addAll(certificates(file));
            }
            if (settings.trustStore() != null) {
                KeyStore store = DemoPki.load(settings.trustStore(), settings.trustStorePassword().toCharArray());
                for (String alias : Collections.list(store.aliases())) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate instanceof X509Certificate x509) {
                        anchors.add(x509);
                    }
                }
            }
            if (demo != null && !hasAnchors(settings)) {
                anchors.addAll(certificates(demo.caCertificate()));
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Signatures refuse to start: the trust anchors cannot be read: " + e.getMessage(), e);
        }
        return anchors;
    }

    /** The certificates of a PEM or DER file. */
    static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream().map(X509Certificate.class::cast).toList();
        }
    }

    private static TSPSource demoTimestamps(DemoPki demo) {
        try {
            KeyStore store = DemoPki.load(demo.keystore(DemoPki.TSA), demo.password(DemoPki.TSA).toCharArray());
            KeyEntityTSPSource source = new KeyEntityTSPSource(store, DemoPki.TSA, demo.password(DemoPki.TSA).toCharArray());
            // the demo authority's own policy: the arc ITU-T gives to examples (2.999)
            source.setTsaPolicy("2.999.1");
            return source;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the demo timestamp authority's key cannot be read from " + demo.directory(), e);
        }
    }
}
