package th.go.dga.standards.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KeyStoreSignatureTokenConnection;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;

/**
 * The key of each signing role: its keystore or PKCS#11 token as configured, or the demo PKI's where the settings
 * allow it. A key that cannot be opened now is not fatal at start (the signing step waits, and says why); a key
 * whose certificate says DEMO where demo keys are not allowed is.
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final SignatureSettings settings;
    private final TrustMaterial trust;
    private final Map<SigningRole, Key> keys = new EnumMap<>(SigningRole.class);

    SigningKeys(SignatureSettings settings, TrustMaterial trust) {
        this.settings = settings;
        this.trust = trust;
        for (SigningRole role : SigningRole.values()) {
            if (!settings.key(role).isConfigured() && !settings.demoKeys()) {
                throw new IllegalStateException("Signatures refuse to start: no signing key of the " + role.key() + " is configured (standards.signature."
                        + role.key() + ".keystore or standards.signature." + role.key()
                        + ".pkcs11.library), and standards.signature.demo-keys is false, so the demo's key may not stand in");
            }
            try {
                Key key = open(role);
                refuseDemoCertificate(role, key);
                keys.put(role, key);
                log.info("The {}'s signatures are made by {}", role.key(), key.entry().getCertificate().getSubject().getRFC2253());
            } catch (SigningKeyUnavailableException e) {
                log.warn("The {}'s key cannot sign yet: {}", role.key(), e.message(java.util.Locale.ENGLISH), e.getCause());
            }
        }
    }

    /** Whether the role's key can sign now. */
    boolean ready(SigningRole role) {
        try {
            key(role);
            return true;
        } catch (SigningKeyUnavailableException e) {
            return false;
        }
    }

    /**
     * @throws SigningKeyUnavailableException when the key cannot be opened
     */
    synchronized Key key(SigningRole role) {
        Key key = keys.get(role);
        if (key == null) {
            key = open(role);
            refuseDemoCertificate(role, key);
            keys.put(role, key);
        }
        return key;
    }

    private void refuseDemoCertificate(SigningRole role, Key key) {
        String subject = key.entry().getCertificate().getSubject().getPrincipal().getName();
        if (!settings.demoKeys() && subject.toUpperCase(java.util.Locale.ROOT).contains("DEMO")) {
            key.token().close();
            throw new IllegalStateException("Signatures refuse to start: the " + role.key() + "'s certificate is a demo certificate ("
                    + key.entry().getCertificate().getSubject().getRFC2253() + ") and standards.signature.demo-keys is false");
        }
    }

    private Key open(SigningRole role) {
        SignatureSettings.SigningKey configured = settings.key(role);
        if (configured.keystore() != null) {
            return fromKeystore(role, configured.keystore(), configured.password(), configured.alias());
        }
        if (configured.pkcs11() != null && configured.pkcs11().library() != null) {
            return fromToken(role, configured.pkcs11());
        }
        DemoPki demo = trust.demoPki().orElseThrow(() -> new SigningKeyUnavailableException(role, "signature.key-none", "", null));
        return fromKeystore(role, demo.keystore(role.key()), demo.password(role.key()), role.key());
    }

    private static Key fromKeystore(SigningRole role, Path file, String password, String alias) {
        if (!Files.isReadable(file)) {
            throw new SigningKeyUnavailableException(role, "signature.key-missing", file.toString(), null);
        }
        KeyStoreSignatureTokenConnection token;
        try {
            token = new KeyStoreSignatureTokenConnection(file.toFile(), "PKCS12", new KeyStore.PasswordProtection(password.toCharArray()));
        } catch (IOException | RuntimeException e) {
            throw new SigningKeyUnavailableException(role, "signature.key-unreadable", file.toString(), e);
        }
        return select(role, token, alias, file.toString());
    }

    private static Key fromToken(SigningRole role, SignatureSettings.Pkcs11 pkcs11) {
        Pkcs11SignatureToken token;
        try {
            KeyStore.PasswordProtection pin = new KeyStore.PasswordProtection(pkcs11.pin().toCharArray());
            token = pkcs11.slot() == null ? new Pkcs11SignatureToken(pkcs11.library().toString(), pin)
                    : new Pkcs11SignatureToken(pkcs11.library().toString(), pin, pkcs11.slot());
        } catch (RuntimeException e) {
            throw new SigningKeyUnavailableException(role, "signature.key-token", pkcs11.library().toString(), e);
        }
        return select(role, token, null, pkcs11.library().toString());
    }

    private static Key select(SigningRole role, AbstractKeyStoreTokenConnection token, String alias, String where) {
        List<DSSPrivateKeyEntry> entries;
        try {
            entries = token.getKeys();
        } catch (RuntimeException e) {
            token.close();
            throw new SigningKeyUnavailableException(role, alias == null ? "signature.key-token" : "signature.key-unreadable", where, e);
        }
        DSSPrivateKeyEntry entry = entries.stream()
                .filter(e -> alias == null || !(e instanceof eu.europa.esig.dss.token.KSPrivateKeyEntry ks) || alias.equals(ks.getAlias()))
                .findFirst().orElse(null);
        if (entry == null) {
            token.close();
            throw new SigningKeyUnavailableException(role, "signature.key-no-alias", alias == null ? "" : alias, null);
        }
        return new Key(token, entry);
    }

    /** An open key. */
    record Key(AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry entry) {
    }
}
