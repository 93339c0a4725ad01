package th.go.dga.standards.architecture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import th.go.dga.standards.StandardsApplication;
import th.go.dga.standards.architecture.cyclic.CyclicApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module map holds: every top-level package is a module that says what it owns, no two modules depend on each
 * other in a loop, no module reaches into another's sub-packages, the base modules import no feature, and nothing
 * imports the wiring. The same run draws the map as PlantUML into {@code target/spring-modulith-docs}.
 */
class ModuleStructureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(StandardsApplication.class);

    /** The shared vocabulary at the bottom of the map. */
    static final Set<String> BASE = Set.of("time", "validation", "export", "process", "engine", "database", "pdf");

    /** The wiring at the top of the map. */
    static final String WIRING = "config";

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        MODULES.verify();
    }

    @Test
    void failsOnACycleBetweenTwoModules() {
        ImportOption testClassesToo = location -> true;

        assertThatThrownBy(() -> ApplicationModules.of(CyclicApplication.class, testClassesToo).verify())
                .hasMessageContaining("Cycle detected").hasMessageContaining("hearing").hasMessageContaining("registry");
    }

    @Test
    void baseModulesImportNoFeature() {
        assertThat(MODULES.stream().map(ApplicationModule::getName)).containsAll(BASE);
        MODULES.stream().filter(module -> BASE.contains(module.getName())).forEach(module ->
                assertThat(dependencies(module)).as("modules %s depends on", module.getName()).isSubsetOf(BASE));
    }

    @Test
    void noModuleImportsTheWiring() {
        MODULES.stream().filter(module -> !module.getName().equals(WIRING)).forEach(module ->
                assertThat(dependencies(module)).as("modules %s depends on", module.getName()).doesNotContain(WIRING));
    }

    @Test
    void everyModuleSaysWhatItOwns() throws Exception {
        for (ApplicationModule module : MODULES) {
            Path info = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
            assertThat(info).as(module.getName()).exists();
            assertThat(Files.readString(info)).as(module.getName()).contains("/**");
        }
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }

    private static Set<String> dependencies(ApplicationModule module) {
        return module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                .collect(java.util.stream.Collectors.toSet());
    }
}
