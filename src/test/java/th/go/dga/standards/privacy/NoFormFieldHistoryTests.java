package th.go.dga.standards.privacy;

import java.sql.Timestamp;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a form submits is kept in the engine's history as variable updates only, which an erasure reaches; the form
 * fields the engine kept beside them before are gone.
 */
class NoFormFieldHistoryTests extends ApplicationTestSupport {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aSubmittedFormIsKeptAsVariableUpdatesWithoutFormFields() {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        String process = steps().lifecycle(project).getId();

        assertThat(historyService.createHistoricDetailQuery().processInstanceId(process).variableUpdates().count()).isPositive();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(process).formFields().count()).isZero();
    }

    @Test
    void theMigrationDeletesTheFormFieldsKeptBeforeAndNothingElse() throws Exception {
        // a form field as the engine kept it before; the engine reads it back as one of its own
        jdbc.sql("insert into act_hi_detail (id_, type_, time_, name_, text_) values ('form-field-kept-before', 'FormProperty', :at, "
                        + "'revisionNote', 'ตอบคุณสมหญิง somying@example.go.th แล้ว')")
                .param("at", Timestamp.from(now())).update();
        assertThat(historyService.createHistoricDetailQuery().detailId("form-field-kept-before").formFields().count()).isOne();
        long updates = historyService.createHistoricDetailQuery().variableUpdates().count();

        migrate(dataSource);

        assertThat(historyService.createHistoricDetailQuery().formFields().count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().variableUpdates().count()).isEqualTo(updates);
    }

    @Test
    void theMigrationLeavesADatabaseWithoutTheEnginesTablesAlone() throws Exception {
        org.h2.jdbcx.JdbcDataSource empty = new org.h2.jdbcx.JdbcDataSource();
        empty.setURL("jdbc:h2:mem:no-engine-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

        migrate(empty);
    }

    private static void migrate(DataSource database) throws java.sql.SQLException {
        try (java.sql.Connection connection = database.getConnection()) {
            new FormFieldHistoryRemoval().migrate(new org.flywaydb.core.api.migration.Context() {
                @Override
                public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                    return null;
                }

                @Override
                public java.sql.Connection getConnection() {
                    return connection;
                }
            });
        }
    }
}
