package th.go.dga.standards.gazette;

import java.time.Instant;
import java.time.LocalDate;

import th.go.dga.standards.time.BuddhistEra;

/**
 * The Royal Gazette record of a digital government standard: its signature, submission and publication
 * (เล่ม / ตอน / หน้า), and the effective date.
 */
public record GazetteRecord(
        String standardId,
        String signedBy,
        LocalDate signedOn,
        LocalDate submittedOn,
        String submissionRef,
        Integer volume,
        String section,
        Integer page,
        LocalDate publishedOn,
        LocalDate effectiveOn) {

    /** The moment the standard comes into force: the start of its effective date, Bangkok time. */
    public Instant effectiveAt() {
        return BuddhistEra.startOfDay(effectiveOn).toInstant();
    }

    /** Whether the standard is in force at this moment by its published effective date. */
    public boolean inForceAt(Instant moment) {
        return effectiveOn != null && !moment.isBefore(effectiveAt());
    }

    /** "เล่ม 138 ตอนพิเศษ 240 ง หน้า 12" or "เล่ม 138 ตอนที่ 85 ก หน้า 12", once published. */
    public String citation() {
        return volume == null || section == null || page == null ? null : citation(volume, section, page);
    }

    /**
     * The official form of a Royal Gazette reference: a special section keeps its own word ("ตอนพิเศษ 240 ง"), an
     * ordinary one is "ตอนที่ 85 ก"; a section typed with its word ("ตอนที่ 85 ก", "ตอน 85 ก") does not get it twice.
     */
    public static String citation(int volume, String section, int page) {
        String typed = section.strip().replaceAll("\\s+", " ");
        String official = typed.startsWith("ตอนพิเศษ") || typed.startsWith("ตอนที่") ? typed
                : "ตอนที่ " + (typed.startsWith("ตอน") ? typed.substring("ตอน".length()).strip() : typed);
        return "เล่ม " + volume + " " + official + " หน้า " + page;
    }
}
