package th.go.dga.standards.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every bean a model names in an expression exists in the application, and every status a model sets is a status.
 */
class ModelWiringTests extends ApplicationTestSupport {

    private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z]+)(?:[.}])");
    private static final Pattern STATUS = Pattern.compile("standardStatus\\.change\\(execution, '([A-Z_]+)'");
    private static final List<String> ENGINE_NAMES = List.of("execution", "task", "voter", "voteOutcome", "noQuorumAction", "finalDecision",
            "kind", "signDecision", "enactmentOutcome", "workingGroup", "technicalWorkingGroup", "voters", "votingDueDate",
            "commentsOpenAt", "commentsCloseAt", "meetingEndsAt", "effectiveAt", "legalDateReached");

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanNamedInAModelExists() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Path model : ProcessModelTests.models()) {
            Matcher m = BEAN.matcher(Files.readString(model));
            while (m.find()) {
                String name = m.group(1);
                if (!ENGINE_NAMES.contains(name) && !context.containsBean(name)) {
                    missing.add(model.getFileName() + ": " + name);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatusAModelSetsIsAStatus() throws Exception {
        int found = 0;
        for (Path model : ProcessModelTests.models()) {
            Matcher m = STATUS.matcher(Files.readString(model));
            while (m.find()) {
                String status = m.group(1);
                assertThatCode(() -> StandardStatus.valueOf(status)).as(model.getFileName() + ": " + status).doesNotThrowAnyException();
                found++;
            }
        }
        assertThat(found).isGreaterThan(5);
    }
}
