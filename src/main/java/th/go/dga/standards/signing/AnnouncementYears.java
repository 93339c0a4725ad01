package th.go.dga.standards.signing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the counter of a new Buddhist-era year of an issuer's series in a transaction of its own, so that two first signings of a year
 * racing to create it never break either signing's transaction.
 */
@Component
class AnnouncementYears {

    private final JdbcClient jdbc;

    AnnouncementYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean exists(AnnouncementIssuer issuer, int year) {
        return jdbc.sql("select count(*) from announcement_sequence where issuer = :issuer and year_be = :year")
                .param("issuer", issuer.name()).param("year", year).query(Integer.class).single() > 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(AnnouncementIssuer issuer, int year) {
        jdbc.sql("insert into announcement_sequence (issuer, year_be, last_number) values (:issuer, :year, 0)")
                .param("issuer", issuer.name()).param("year", year).update();
    }
}
