package th.go.dga.standards.signature;

import java.util.Comparator;
import java.util.List;

import th.go.dga.standards.signature.Verification.SignatureCheck;
import th.go.dga.standards.signature.Verification.Verdict;

/**
 * The document's verdict from its signatures' (the worst of them), and what it means in one plain sentence.
 */
final class VerdictWords {

    /** From worst to best. */
    private static final List<Verdict> ORDER = List.of(Verdict.INVALID, Verdict.NOT_TRUSTED, Verdict.INDETERMINATE, Verdict.VALID);

    private VerdictWords() {
    }

    static Verification of(List<SignatureCheck> signatures) {
        Verdict verdict = signatures.isEmpty() ? Verdict.NO_SIGNATURE
                : signatures.stream().map(SignatureCheck::verdict).min(Comparator.comparingInt(ORDER::indexOf)).orElseThrow();
        return new Verification(verdict, thai(verdict), english(verdict), signatures);
    }

    static String thai(Verdict verdict) {
        return switch (verdict) {
            case VALID -> "ลายมือชื่ออิเล็กทรอนิกส์ถูกต้อง: เอกสารไม่ถูกแก้ไขหลังลงนาม และใบรับรองของผู้ลงนามออกโดยผู้ให้บริการออกใบรับรองที่เชื่อถือได้";
            case INVALID -> "ลายมือชื่ออิเล็กทรอนิกส์ไม่ถูกต้อง: เอกสารถูกแก้ไขหลังลงนามหรือลายมือชื่อเสียหาย อย่าเชื่อถือเนื้อหาของเอกสารนี้";
            case NOT_TRUSTED -> "เอกสารไม่ถูกแก้ไขหลังลงนาม แต่ใบรับรองของผู้ลงนามไม่ได้ออกโดยผู้ให้บริการออกใบรับรองที่ระบบนี้เชื่อถือ จึงยืนยันตัวผู้ลงนามไม่ได้";
            case INDETERMINATE -> "ยังยืนยันลายมือชื่ออิเล็กทรอนิกส์ไม่ได้: ขาดข้อมูลที่ใช้ตัดสิน หรือใบรับรองหมดอายุหรือถูกเพิกถอน";
            case NO_SIGNATURE -> "เอกสารนี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์";
        };
    }

    static String english(Verdict verdict) {
        return switch (verdict) {
            case VALID -> "The electronic signature is valid: the document has not been changed since it was signed, and the signer's certificate "
                    + "comes from a trusted certificate authority.";
            case INVALID -> "The electronic signature is not valid: the document was changed after it was signed, or the signature is damaged. "
                    + "Do not rely on its content.";
            case NOT_TRUSTED -> "The document has not been changed since it was signed, but the signer's certificate does not come from a "
                    + "certificate authority this system trusts, so who signed cannot be confirmed.";
            case INDETERMINATE -> "The electronic signature cannot be confirmed yet: data needed to decide is missing, or a certificate has "
                    + "expired or been revoked.";
            case NO_SIGNATURE -> "This document carries no electronic signature.";
        };
    }
}
