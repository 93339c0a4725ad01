package th.go.dga.standards.signing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running announcement number of each issuer's series in each Buddhist-era year.
 * <p>
 * The counter row is locked and incremented in the signing transaction: when the signing rolls back, so does the
 * increment, and the number goes to the next signing. Numbers are never skipped and never reused.
 */
@Component
public class AnnouncementCounter {

    private final JdbcClient jdbc;
    private final AnnouncementYears years;

    public AnnouncementCounter(JdbcClient jdbc, AnnouncementYears years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    /** Takes the next number of the issuer's series in {@code year}, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AnnouncementNumber next(AnnouncementIssuer issuer, int year) {
        if (!years.exists(issuer, year)) {
            try {
                years.create(issuer, year);
            } catch (DuplicateKeyException raced) {
                // another signing created the year first: its row is there now
            }
        }
        jdbc.sql("update announcement_sequence set last_number = last_number + 1 where issuer = :issuer and year_be = :year")
                .param("issuer", issuer.name()).param("year", year).update();
        int number = jdbc.sql("select last_number from announcement_sequence where issuer = :issuer and year_be = :year")
                .param("issuer", issuer.name()).param("year", year).query(Integer.class).single();
        return new AnnouncementNumber(issuer, number, year);
    }

    /** Moves the year's counter past a number given outside the system, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void passed(AnnouncementNumber number) {
        if (!years.exists(number.issuer(), number.year())) {
            try {
                years.create(number.issuer(), number.year());
            } catch (DuplicateKeyException raced) {
                // created meanwhile
            }
        }
        jdbc.sql("update announcement_sequence set last_number = :number where issuer = :issuer and year_be = :year and last_number < :number")
                .param("number", number.number()).param("issuer", number.issuer().name()).param("year", number.year()).update();
    }
}
