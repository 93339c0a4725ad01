package th.go.dga.standards.signature;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * PAdES signatures, under {@code standards.signature}: the key of each signing role, the timestamp authority, the
 * certificates a signature must lead to, and the demo's stand-ins for all three. Checked when bound: a setting that
 * cannot work stops the start with its name.
 *
 * @param director           the director's key (มสพร.)
 * @param chairman           the chairman's key (มรด.)
 * @param timestampAuthority the RFC 3161 timestamp authority; without a URL, the demo's own in-process authority
 * @param trustAnchors       certificate files (PEM or DER) of the CAs a valid signature must lead to
 * @param trustStore         a PKCS#12 keystore of more such certificates, if any
 * @param trustStorePassword its password
 * @param onlineRevocation   whether validation fetches missing certificates and revocation data (AIA, CRL, OCSP)
 *                           over the network; off, it uses what the PDF holds, so it is fast and works offline
 * @param demoKeys           whether a role without a key of its own signs with the demo PKI's key; the
 *                           {@code production} profile refuses to start with it on, and refuses a certificate whose
 *                           subject says DEMO
 * @param demoPki            where the demo PKI is made on first start and found on the next ones; shared by every
 *                           node that shares the data directory
 * @param maxVerifySize      the largest PDF the public may send to be checked
 */
public record SignatureSettings(
        @DefaultValue SigningKey director,
        @DefaultValue SigningKey chairman,
        @DefaultValue TimestampAuthority timestampAuthority,
        @DefaultValue List<Path> trustAnchors,
        Path trustStore,
        String trustStorePassword,
        @DefaultValue("false") boolean onlineRevocation,
        @DefaultValue("true") boolean demoKeys,
        @DefaultValue("./data/demo-pki") Path demoPki,
        @DefaultValue("20MB") DataSize maxVerifySize) {

    public SignatureSettings {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        if (trustStore != null && trustStorePassword == null) {
            throw new IllegalArgumentException("standards.signature.trust-store-password is needed with standards.signature.trust-store");
        }
    }

    /** The key settings of a role. */
    public SigningKey key(SigningRole role) {
        return switch (role) {
            case DIRECTOR -> director;
            case CHAIRMAN -> chairman;
        };
    }

    /**
     * Where one role's private key is: a PKCS#12 keystore file, or a PKCS#11 token (a smart card or an HSM). Neither
     * set: the demo key, where {@code demo-keys} allows it.
     *
     * @param keystore the PKCS#12 file
     * @param password its password, which also opens the key
     * @param alias    the key's alias; the keystore's only key when not set
     * @param pkcs11   the token, instead of a keystore
     */
    public record SigningKey(Path keystore, String password, String alias, @DefaultValue Pkcs11 pkcs11) {

        public SigningKey {
            if (keystore != null && pkcs11 != null && pkcs11.library() != null) {
                throw new IllegalArgumentException("a signing key is either a keystore or a PKCS#11 token, not both");
            }
            if (keystore != null && password == null) {
                throw new IllegalArgumentException("the keystore " + keystore + " needs its password");
            }
        }

        /** Whether a key of the role's own is configured. */
        public boolean isConfigured() {
            return keystore != null || (pkcs11 != null && pkcs11.library() != null);
        }
    }

    /**
     * A PKCS#11 token, through the JDK's SunPKCS11 provider.
     *
     * @param library the vendor's PKCS#11 library ({@code /usr/lib/libeTPkcs11.so})
     * @param slot    the slot index of the token; the first when not set
     * @param pin     the token's PIN
     */
    public record Pkcs11(Path library, Integer slot, String pin) {

        public Pkcs11 {
            if (library != null && pin == null) {
                throw new IllegalArgumentException("the PKCS#11 token of " + library + " needs its PIN");
            }
        }
    }

    /**
     * The RFC 3161 timestamp authority.
     *
     * @param url     its address; not set, the demo's in-process authority stamps
     * @param timeout how long one request may take before the signature is put off, to be tried again
     * @param policy  the policy OID to ask for, if the authority needs one
     */
    public record TimestampAuthority(URI url, @DefaultValue("PT10S") Duration timeout, String policy) {

        public TimestampAuthority {
            if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException("standards.signature.timestamp-authority.url must be an http or https address: " + url);
            }
        }
    }
}
