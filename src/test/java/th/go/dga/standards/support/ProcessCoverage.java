package th.go.dga.standards.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;

/**
 * Coverage settings for the process test class of one model: only that model counts, and its flow-node coverage
 * must reach the build's minimum ({@code process.coverage.minimum}, 0.9 unless set).
 */
public final class ProcessCoverage {

    private ProcessCoverage() {
    }

    public static ProcessEngineCoverageProperties only(String processKey) {
        String[] others;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            others = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).map(n -> n.replace(".bpmn", ""))
                    .filter(key -> !key.equals(processKey)).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ProcessEngineCoverageProperties.builder()
                .excludeProcessDefinitionKeys(others)
                .assertClassCoverageAtLeast(Double.parseDouble(System.getProperty("process.coverage.minimum", "0.9")))
                .build();
    }
}
