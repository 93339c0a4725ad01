package th.go.dga.standards.security;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

import th.go.dga.standards.database.DatabaseProduct;

/**
 * Sessions are kept in the database (Spring Session JDBC, tables of {@code V9__http_sessions.sql}), on H2 and
 * PostgreSQL alike, so that a load balancer may send each request of a logged-in user to any node: each request reads
 * the session from the database and writes back what it changed. The cookie is {@code SESSION}, configured from
 * {@code server.servlet.session.cookie.*}; a session ends after {@code server.servlet.session.timeout} (30 minutes)
 * without a request.
 * <p>
 * Everything kept in a session is serialized at the end of each request: Spring Security's login, the Camunda
 * webapps' {@code Authentications} and their CSRF token, and the site's flash attributes, each of them {@code
 * Serializable}. The site's CSRF token is in a cookie of its own, so a visitor reading the site has no session.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    /** H2's upsert of a session attribute; PostgreSQL's is Spring Session's own {@code INSERT … ON CONFLICT}. */
    private static final String H2_MERGE_SESSION_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    /**
     * Two requests of one session, on two nodes or two threads, may each add the same attribute (Tasklist sends its
     * calls in parallel): each request writes the attributes it added, and a plain INSERT would fail the later one
     * on the primary key. Written as an upsert, the later value is kept, as it is for an attribute both changed.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpserted(DataSource dataSource) {
        if (DatabaseProduct.isPostgreSQL(dataSource)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return sessions -> sessions.setCreateSessionAttributeQuery(H2_MERGE_SESSION_ATTRIBUTE);
    }
}
