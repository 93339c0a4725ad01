package th.go.dga.standards.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a standard is in its life. The processes keep it current; every change is kept in the audit timeline.
 */
public enum StandardStatus {
    DRAFTING("จัดทำร่าง"),
    TWG_REVIEW("คณะทำงานเทคนิคพิจารณา"),
    COMMITTEE_REVIEW("คณะกรรมการจัดทำร่างมาตรฐานพิจารณา"),
    HEARING_SCHEDULED("กำหนดการรับฟังความคิดเห็นแล้ว"),
    HEARING_OPEN("เปิดรับฟังความคิดเห็น"),
    HEARING_CLOSED("ปิดรับฟังความคิดเห็นแล้ว"),
    REVISION("ปรับปรุงร่างตามความคิดเห็น"),
    FINAL_APPROVAL("พิจารณาให้ความเห็นชอบร่างสุดท้าย"),
    AWAITING_SIGNATURE("รอลงนาม"),
    PUBLISHED("ประกาศใช้แล้ว"),
    PROMOTION("เสนอยกระดับเป็น มรด."),
    AWAITING_GAZETTE("รอประกาศในราชกิจจานุเบกษา"),
    IN_FORCE("มีผลบังคับใช้"),
    SUPERSEDED("ยกเลิกและใช้ฉบับใหม่แทน"),
    WITHDRAWN("ถอนเรื่อง");

    private static final Set<StandardStatus> SIGNED = EnumSet.of(PUBLISHED, AWAITING_GAZETTE, IN_FORCE, SUPERSEDED);

    private final String labelTh;

    StandardStatus(String labelTh) {
        this.labelTh = labelTh;
    }

    public String labelTh() {
        return labelTh;
    }

    /** Signed standards are legal instruments: they are replaced by a revision, never withdrawn. */
    public boolean isSigned() {
        return SIGNED.contains(this);
    }

    /** Whether no process will move the standard any further. */
    public boolean isFinal() {
        return this == SUPERSEDED || this == WITHDRAWN;
    }

    /** Whether a standard in this status is in effect and can be revised or promoted. */
    public boolean isInEffect() {
        return this == PUBLISHED || this == IN_FORCE;
    }
}
