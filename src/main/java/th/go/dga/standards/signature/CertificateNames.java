package th.go.dga.standards.signature;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The parts of a certificate's subject a person reads: the name (CN), the title (T) and the organisation (O), in
 * whatever script they were written.
 */
record CertificateNames(String commonName, String title, String organisation) {

    static CertificateNames of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return new CertificateNames(value(subject, BCStyle.CN), value(subject, BCStyle.T), value(subject, BCStyle.O));
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
