package th.go.dga.standards.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;

/**
 * The demo CA's revocation list, issued in-process whenever it is asked for: fresh, and empty, since the demo revokes
 * nothing. It lets a demo signature carry its revocation data (PAdES BASELINE-LT) and be validated offline.
 */
final class DemoRevocation implements CRLSource {

    private final X509Certificate ca;
    private final PrivateKey key;
    private final AtomicLong number = new AtomicLong(System.currentTimeMillis());

    private DemoRevocation(X509Certificate ca, PrivateKey key) {
        this.ca = ca;
        this.key = key;
    }

    static DemoRevocation of(DemoPki demo) {
        try {
            char[] password = demo.password(DemoPki.CA).toCharArray();
            KeyStore store = DemoPki.load(demo.keystore(DemoPki.CA), password);
            return new DemoRevocation((X509Certificate) store.getCertificate(DemoPki.CA), (PrivateKey) store.getKey(DemoPki.CA, password));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the demo CA's key cannot be read from " + demo.directory(), e);
        }
    }

    X509Certificate ca() {
        return ca;
    }

    @Override
    public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        if (issuer == null || !issuer.getCertificate().equals(ca) || certificate.isSelfSigned()) {
            return null;
        }
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca, Date.from(now.minusSeconds(1)))
                    .setNextUpdate(Date.from(now.plus(Duration.ofDays(1))))
                    .addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number.incrementAndGet())))
                    .addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            byte[] crl = new JcaX509CRLConverter().getCRL(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key))).getEncoded();
            CRLToken token = new CRLToken(certificate, CRLUtils.buildCRLValidity(CRLUtils.buildCRLBinary(crl), issuer));
            token.setExternalOrigin(RevocationOrigin.EXTERNAL);
            return token;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("the demo CA could not issue its revocation list", e);
        }
    }
}
