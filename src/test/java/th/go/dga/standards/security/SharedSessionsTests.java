package th.go.dga.standards.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.dga.standards.support.PostgresTestSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session tables of {@code V9__http_sessions.sql} under Spring Session's own queries, on H2 and on PostgreSQL:
 * a login is found by its user, and two requests of one session adding the same attribute at once both succeed.
 */
class SharedSessionsTests {

    @Test
    void onH2() {
        String url = "jdbc:h2:mem:sessions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        sessionsKeptIn(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
    }

    @Test
    void onPostgreSQL() throws Exception {
        try (PostgresTestSchema database = PostgresTestSchema.migrated()) {
            sessionsKeptIn(database.dataSource());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sessionsKeptIn(DataSource dataSource) {
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        new SharedSessions().sessionAttributesUpserted(dataSource).customize(repository);
        // its sessions' class is not public: handled as the Session they are
        FindByIndexNameSessionRepository<Session> sessions = (FindByIndexNameSessionRepository) repository;

        Session login = sessions.createSession();
        login.setMaxInactiveInterval(Duration.ofMinutes(30));
        login.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("somsri", null,
                List.of(new SimpleGrantedAuthority(Groups.authority(Groups.SECRETARIAT))))));
        sessions.save(login);
        assertThat(sessions.findByPrincipalName("somsri")).containsKey(login.getId());

        // two requests of the session, on two nodes, each add the same attribute and write it at their end
        Session first = sessions.findById(login.getId());
        Session second = sessions.findById(login.getId());
        first.setAttribute("CAMUNDA_CSRF_TOKEN", "first");
        second.setAttribute("CAMUNDA_CSRF_TOKEN", "second");
        sessions.save(first);
        sessions.save(second);

        Session stored = sessions.findById(login.getId());
        assertThat(stored.<String>getAttribute("CAMUNDA_CSRF_TOKEN")).isEqualTo("second");
        assertThat(stored.<SecurityContextImpl>getAttribute("SPRING_SECURITY_CONTEXT").getAuthentication().getName()).isEqualTo("somsri");
    }
}
