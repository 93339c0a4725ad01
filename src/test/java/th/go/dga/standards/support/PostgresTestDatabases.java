package th.go.dga.standards.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The test suite on PostgreSQL: with {@code -Dstandards.test.database=postgres} (the {@code postgres} run of
 * {@code mvn verify} when {@code POSTGRES_TESTS} is set) every application context that would have had an in-memory
 * H2 database of its own gets a fresh PostgreSQL database of its own instead, on the server named by
 * {@code TEST_DB_URL} (default {@code jdbc:postgresql://localhost:5432/postgres}) as {@code TEST_DB_USER} /
 * {@code TEST_DB_PASSWORD} (default {@code standards_test}, a role that may create databases). Databases left by runs
 * more than a day old are dropped. The test context cache keeps many applications open, so the server needs more than
 * PostgreSQL's default 100 connections ({@code .ci/run} allows 500).
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor {

    public static final String SWITCH = "standards.test.database";
    private static final String PREFIX = "standards_test_";
    private static volatile boolean staleDropped;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!isOn() || !url.startsWith("jdbc:h2:mem:")) {
            return;
        }
        String database = createDatabase();
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", database,
                "spring.datasource.username", user(),
                "spring.datasource.password", password(),
                // the test context cache keeps dozens of applications open at once, each with its own pool
                "spring.datasource.hikari.maximum-pool-size", "5",
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }

    public static boolean isOn() {
        return "postgres".equals(System.getProperty(SWITCH));
    }

    public static String serverUrl() {
        return System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    }

    public static String user() {
        return System.getenv().getOrDefault("TEST_DB_USER", "standards_test");
    }

    public static String password() {
        return System.getenv().getOrDefault("TEST_DB_PASSWORD", "standards_test");
    }

    /** The server's URL with another database in place of the one it names. */
    public static String databaseUrl(String database) {
        return serverUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    /** Makes a fresh database for a test that starts the application on its own, and returns its URL. */
    public static String createDatabase() {
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            dropStale(connection);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + serverUrl() + " as " + user()
                    + " (POSTGRES_TESTS is set: start PostgreSQL and create that role, as .ci/run does)", e);
        }
        return databaseUrl(name);
    }

    private static void dropStale(Connection connection) throws SQLException {
        if (staleDropped) {
            return;
        }
        staleDropped = true;
        long dayAgo = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (names.next()) {
                String name = names.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts[0].chars().allMatch(Character::isDigit) && Long.parseLong(parts[0]) < dayAgo) {
                    stale.add(name);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : stale) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }
}
