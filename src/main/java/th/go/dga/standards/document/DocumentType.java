package th.go.dga.standards.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a document is for, in the words of the hearing pages.
 */
public enum DocumentType {
    DRAFT("ร่างมาตรฐาน", "Draft standard"),
    REVISED_DRAFT("ร่างที่ปรับปรุง", "Revised draft"),
    COMMENT_FORM("แบบฟอร์มแสดงความคิดเห็น", "Comment form"),
    PRIVACY_NOTICE("คำชี้แจงการคุ้มครองข้อมูลส่วนบุคคล", "Privacy notice"),
    AGENDA("กำหนดการ", "Agenda"),
    SLIDES("เอกสารนำเสนอ", "Presentation slides"),
    SPEAKER_SLIDES("เอกสารนำเสนอของวิทยากร", "Speakers' slides"),
    FAQ("ปัญหาถามตอบ (FAQ)", "Frequently asked questions"),
    ANNOUNCEMENT("ประกาศ", "Announcement"),
    GAZETTE_COPY("สำเนาราชกิจจานุเบกษา", "Copy of the Royal Gazette"),
    OTHER("อื่น ๆ", "Other");

    private final String labelTh;
    private final String labelEn;

    DocumentType(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String labelTh() {
        return labelTh;
    }

    /** The label in Thai, or in English for a caller who asked for English. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelTh;
    }

    /** "DRAFT, REVISED_DRAFT, …", for messages that list the choices. */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
