package th.go.dga.standards.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates the engine's tables with the scripts Camunda ships in its jar for the database in use, as Flyway's
 * migration 8. The engine itself only checks them ({@code camunda.bpm.database.schema-update: false}): left to
 * create them, two nodes starting together on an empty database would both try, while Flyway takes a lock and
 * migrates once. A Camunda upgrade adds a migration that runs Camunda's upgrade script for its versions.
 * <p>
 * A database made before this migration existed already holds the tables; it is left as it is.
 */
@Component
class EngineSchemaMigration implements JavaMigration {

    /** In the order the engine creates them itself: runtime, history, identity, then CMMN and DMN. */
    private static final List<String> SCRIPTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "engine schema " + ProcessEngine.VERSION;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (enginePresent(connection)) {
            return;
        }
        String database = databaseType(connection.getMetaData().getDatabaseProductName());
        for (String script : SCRIPTS) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("org/camunda/bpm/engine/db/create/activiti." + database + ".create." + script + ".sql"));
        }
    }

    /** Camunda's name for the database in its scripts' names. */
    static String databaseType(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.equals("h2")) {
            return "h2";
        }
        throw new IllegalStateException("the application runs on H2 or PostgreSQL, not on " + productName);
    }

    private static boolean enginePresent(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = metaData.getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
