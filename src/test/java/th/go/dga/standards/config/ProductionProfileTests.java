package th.go.dga.standards.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import th.go.dga.standards.StandardsApplication;
import th.go.dga.standards.signature.TestPki;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile starts only with a strong administrator password, no demo and the agency's own signing keys:
 * each case is a start of the application with that profile.
 */
class ProductionProfileTests extends ApplicationTestSupport {

    private static final String STRONG = "correct-horse-battery-staple";
    /** Never asked at start: a signature would find no authority there. */
    private static final String TSA = "http://127.0.0.1:9/tsr";

    @TempDir
    static Path keys;
    static TestPki agencyPki;

    @BeforeAll
    static void theAgencysOwnKeys() {
        agencyPki = TestPki.create(keys.resolve("agency"), "Thai Test Government Root CA", "");
    }

    @Test
    void namesEveryProblemOfTheSettings() {
        assertThat(ProductionSettings.problems(false, "demo", STRONG, "admin")).isEmpty();
        assertThat(ProductionSettings.problems(true, "demo", STRONG, "admin")).singleElement().asString().contains("standards.demo.enabled");
        assertThat(ProductionSettings.problems(false, "demo", null, "admin")).singleElement().asString().contains("ADMIN_PASSWORD is not set");
        assertThat(ProductionSettings.problems(false, "demo", "  ", "admin")).singleElement().asString().contains("ADMIN_PASSWORD is not set");
        assertThat(ProductionSettings.problems(false, "demo", "short", "admin")).singleElement().asString().contains("at least 12 characters");
        assertThat(ProductionSettings.problems(false, "demo", "123456789012", "admin")).singleElement().asString().contains("easy to guess");
        assertThat(ProductionSettings.problems(false, "demo", "password1234", "admin")).singleElement().asString().contains("easy to guess");
        assertThat(ProductionSettings.problems(false, "demo", "admin-of-the-agency", "admin")).singleElement().asString()
                .contains("does not contain the user's id");
        assertThat(ProductionSettings.problems(false, "a-long-demo-password", "a-long-demo-password", "admin")).singleElement().asString()
                .contains("known default");
    }

    @Test
    void refusesToStartWithTheDemoOrWithoutAStrongAdministratorPassword() {
        assertThatThrownBy(() -> start(newDatabase(), "--standards.demo.enabled=true", "--ADMIN_PASSWORD=" + STRONG))
                .hasMessageContaining("refuses to start").hasMessageContaining("standards.demo.enabled");
        assertThatThrownBy(() -> start(newDatabase()))
                .hasMessageContaining("refuses to start").hasMessageContaining("ADMIN_PASSWORD is not set");
        assertThatThrownBy(() -> start(newDatabase(), "--ADMIN_PASSWORD=password1234"))
                .hasMessageContaining("ADMIN_PASSWORD: This password is easy to guess");
    }

    @Test
    void refusesToStartWithTheDemosSigningKeys() {
        assertThatThrownBy(() -> start(newDatabase(), "--ADMIN_PASSWORD=" + STRONG, "--standards.signature.demo-keys=true"))
                .hasMessageContaining("refuses to start").hasMessageContaining("standards.signature.demo-keys is true");
        assertThatThrownBy(() -> start(newDatabase(), "--ADMIN_PASSWORD=" + STRONG))
                .hasStackTraceContaining("Signatures refuse to start").hasStackTraceContaining("no signing key of the director is configured");
        TestPki demoNamed = TestPki.create(keys.resolve("demo-named"), "DEMO Someone's Root CA", "DEMO ");
        List<String> withDemoCertificates = new ArrayList<>(demoNamed.arguments(TSA));
        withDemoCertificates.add("--ADMIN_PASSWORD=" + STRONG);
        assertThatThrownBy(() -> start(newDatabase(), withDemoCertificates.toArray(String[]::new)))
                .hasStackTraceContaining("certificate is a demo certificate");
    }

    @Test
    void startsWithAStrongAdministratorPasswordAndSeedsNothing() {
        List<String> arguments = new ArrayList<>(agencyPki.arguments(TSA));
        arguments.add("--ADMIN_PASSWORD=" + STRONG);
        try (ConfigurableApplicationContext production = start(newDatabase(), arguments.toArray(String[]::new))) {
            IdentityService identity = production.getBean(IdentityService.class);
            assertThat(identity.checkPassword("admin", STRONG)).isTrue();
            assertThat(identity.createUserQuery().userId("somsri").count()).isZero();
        }
    }

    private static String newDatabase() {
        return "jdbc:h2:mem:production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static ConfigurableApplicationContext start(String database, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database, "--server.port=0", "--management.server.port=0",
                "--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.job-execution.enabled=false",
                "--standards.documents.directory=" + System.getProperty("java.io.tmpdir") + "/production-documents-" + UUID.randomUUID()));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(StandardsApplication.class).profiles("production")
                .run(args.toArray(String[]::new));
    }
}
