package th.go.dga.standards.signing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running announcement number of each Buddhist-era year.
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

    /** Takes the next number of {@code year}, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(int year) {
        if (!years.exists(year)) {
            try {
                years.create(year);
            } catch (DuplicateKeyException raced) {
                // another signing created the year first: its row is there now
            }
        }
        jdbc.sql("update announcement_counter set last_number = last_number + 1 where year_be = :year").param("year", year).update();
        return jdbc.sql("select last_number from announcement_counter where year_be = :year").param("year", year).query(Integer.class).single();
    }

    /** Moves the year's counter past a number given outside the system, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void passed(AnnouncementNumber number) {
        if (!years.exists(number.year())) {
            try {
                years.create(number.year());
            } catch (DuplicateKeyException raced) {
                // created meanwhile
            }
        }
        jdbc.sql("update announcement_counter set last_number = :number where year_be = :year and last_number < :number")
                .param("number", number.number()).param("year", number.year()).update();
    }
}
