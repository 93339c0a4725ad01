package th.go.dga.standards.gazette;

import java.time.LocalDate;

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

    /** "เล่ม 138 ตอน 85 ง หน้า 12", once published. */
    public String citation() {
        return volume == null ? null : "เล่ม " + volume + " ตอน " + section + " หน้า " + page;
    }
}
