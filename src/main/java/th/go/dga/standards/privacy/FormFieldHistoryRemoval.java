package th.go.dga.standards.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 12: the engine no longer keeps the fields of submitted forms in its history ({@link NoFormFieldHistory}):
 * they held the same texts as the variable updates beside them, out of reach of a person's erasure. Those kept before
 * go too. A database without the engine's tables (the application's own tables migrated alone) has none to delete.
 */
@Component
class FormFieldHistoryRemoval implements JavaMigration {

    static final String DELETE = "delete from act_hi_detail where type_ = 'FormProperty'";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12");
    }

    @Override
    public String getDescription() {
        return "no form fields in engine history";
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
        if (!engineHistoryPresent(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(DELETE);
        }
    }

    private static boolean engineHistoryPresent(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of("ACT_HI_DETAIL", "act_hi_detail")) {
            try (ResultSet tables = metaData.getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
