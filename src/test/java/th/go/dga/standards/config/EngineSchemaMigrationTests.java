package th.go.dga.standards.config;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's tables come from Flyway's migration 8, with the scripts of the Camunda version on the class path, and
 * the engine that starts on them finds what it expects.
 */
class EngineSchemaMigrationTests extends ApplicationTestSupport {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void flywayCreatedTheEngineTablesOfThisCamundaVersion() {
        Map<String, Object> migration = jdbc.queryForMap(
                "select \"description\", \"success\", \"type\" from \"flyway_schema_history\" where \"version\" = '8'");
        assertThat(migration.get("description")).isEqualTo("engine schema " + ProcessEngine.VERSION);
        assertThat(migration.get("success")).isEqualTo(true);
        assertThat(migration.get("type")).isEqualTo("JDBC");
        assertThat(jdbc.queryForObject("select value_ from act_ge_property where name_ = 'schema.version'", String.class))
                .isEqualTo(ProcessEngine.VERSION);
        // history, identity, CMMN and DMN tables too: the engine uses all of them
        for (String table : new String[] {"act_hi_procinst", "act_id_user", "act_re_case_def", "act_hi_decinst"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isNotNull();
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("standard-lifecycle").count()).isPositive();
    }

    @Test
    void aDatabaseThatAlreadyHasTheEngineTablesIsLeftAsItIs() throws Exception {
        long properties = jdbc.queryForObject("select count(*) from act_ge_property", Long.class);
        try (Connection connection = dataSource.getConnection()) {
            new EngineSchemaMigration().migrate(new Context() {
                @Override
                public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Long.class)).isEqualTo(properties);
    }

    @Test
    void namesTheScriptsOfH2AndPostgreSqlAndRefusesOthers() {
        assertThat(EngineSchemaMigration.databaseType("H2")).isEqualTo("h2");
        assertThat(EngineSchemaMigration.databaseType("PostgreSQL")).isEqualTo("postgres");
        assertThatThrownBy(() -> EngineSchemaMigration.databaseType("MySQL")).hasMessageContaining("H2 or PostgreSQL");
    }
}
