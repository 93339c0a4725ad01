package th.go.dga.standards.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariDataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A schema of its own in a new database on the PostgreSQL server of {@link PostgresTestDatabases} ({@code
 * TEST_DB_URL}, {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD}), migrated by Flyway with the application's SQL
 * migrations, and dropped by {@link #close()}.
 * Separate runs, and separate test classes, do not see each other's rows.
 * <p>
 * Without a PostgreSQL to reach, the tests that need one are skipped, unless {@code POSTGRES_TESTS=required}, when
 * they fail.
 */
public final class PostgresTestSchema implements AutoCloseable {

    private static final String SERVER = PostgresTestDatabases.serverUrl();
    private static final String USER = PostgresTestDatabases.user();
    private static final String PASSWORD = PostgresTestDatabases.password();
    /** Why there is no PostgreSQL to test with, if there is none; asked once per run. */
    private static Optional<String> whyUnreachable;

    private final HikariDataSource dataSource;
    private final String schema;

    private PostgresTestSchema(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /**
     * A new, migrated schema; skips the test (or fails it, with {@code POSTGRES_TESTS=required}) without PostgreSQL.
     * Called before each test rather than once before all, so that each skipped test is reported with the reason.
     */
    public static synchronized PostgresTestSchema migrated() {
        if (whyUnreachable == null) {
            whyUnreachable = probe();
        }
        if (whyUnreachable.isPresent() && "required".equals(System.getenv("POSTGRES_TESTS"))) {
            throw new IllegalStateException("POSTGRES_TESTS=required, but " + whyUnreachable.get());
        }
        assumeTrue(whyUnreachable.isEmpty(), () -> whyUnreachable.get() + " (set TEST_DB_URL, TEST_DB_USER and TEST_DB_PASSWORD)");

        String url = PostgresTestDatabases.createDatabase();
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        Flyway.configure().dataSource(url, USER, PASSWORD).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(USER);
        dataSource.setPassword(PASSWORD);
        dataSource.setSchema(schema);
        dataSource.setMaximumPoolSize(10);
        return new PostgresTestSchema(dataSource, schema);
    }

    /** Connections whose search path is this schema, from a pool as the application has one. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("drop schema " + schema + " cascade");
        } finally {
            dataSource.close();
        }
    }

    private static Optional<String> probe() {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            return connection.isValid(5) ? Optional.empty() : Optional.of("no answer from " + SERVER);
        } catch (SQLException e) {
            return Optional.of("no PostgreSQL at " + SERVER + ": " + e.getMessage());
        }
    }
}
