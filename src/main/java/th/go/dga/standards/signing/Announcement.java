package th.go.dga.standards.signing;

import java.time.LocalDate;

/** A signed DGA announcement; one announcement can issue several community standards. */
public record Announcement(long id, AnnouncementNumber number, String signedBy, LocalDate signedOn) {
}
