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

    /** "เล่ม 138 ตอน 85 ง หน้า 12", once published. */
    public String citation() {
        return volume == null ? null : "เล่ม " + volume + " ตอน " + section + " หน้า " + page;
    }
}
