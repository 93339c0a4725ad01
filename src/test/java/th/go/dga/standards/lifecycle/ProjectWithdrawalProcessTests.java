package th.go.dga.standards.lifecycle;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ProcessCoverage;
import th.go.dga.standards.support.ProcessTestSupport;
import th.go.dga.standards.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.dga.standards.process.ProjectWithdrawalProcess.*;

class ProjectWithdrawalProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage extends ProcessEngineCoverageConfiguration {
        @Bean
        @Override
        public ProcessEngineCoverageProperties defaultCoverageProperties() {
            return ProcessCoverage.only(KEY);
        }
    }

    @Autowired RepositoryService repositoryService;

    @Test
    void theSecretariatWithdrawsAProjectFromTasklist() {
        ProcessInstance project = startProject();
        String id = project.getBusinessKey();

        ProcessInstance withdrawal = withdraw(id, "ซ้ำซ้อนกับมาตรฐานที่มีอยู่");

        assertThat(withdrawal).isEnded().hasPassed(REQUEST_WITHDRAWAL, WITHDRAWAL_DONE);
        assertThat(project).isEnded();
        assertThat(openTasks(id)).isEmpty();
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.WITHDRAWN);
        assertThat(registry.timeline(id)).last().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("wichai");
            assertThat(c.reason()).contains("ซ้ำซ้อนกับมาตรฐานที่มีอยู่");
        });
    }

    @Test
    void refusesToWithdrawWithoutAReasonASignedStandardOrAnUnknownProject() {
        String id = startProject().getBusinessKey();
        String published = registry.findByCode(StandardCode.parse("มสพร. 5-2565")).orElseThrow().id();

        assertThatThrownBy(() -> withdraw(id, " ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("withdrawalReason");
        assertThatThrownBy(() -> withdraw(published, "ทดสอบ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("ลงนามแล้ว");
        assertThatThrownBy(() -> withdraw("STD-99999", "ทดสอบ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("STD-99999");
        assertThatThrownBy(() -> withdraw("12", "ทดสอบ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("standardId");

        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.DRAFTING);
        assertThat(registry.get(published).status()).isEqualTo(StandardStatus.PUBLISHED);
    }

    @Test
    void aWithdrawnRevisionNoLongerSaysItReplacesTheStandardItWasToRevise() {
        Standard published = registry.findByCode(StandardCode.parse("มสพร. 5-2565")).orElseThrow();
        String revision = steps().register(StandardKind.MSPR, 5, published.code().format());
        assertThat(registry.successorOf(published.id())).map(Standard::id).contains(revision);

        withdraw(revision, "รวมไว้ในการทบทวนรอบถัดไป");

        assertThat(registry.successorOf(published.id())).as("the withdrawn project replaces nothing").isEmpty();
        assertThat(registry.successorsOf(List.of(published.id()))).isEmpty();
    }

    @Test
    void refusesToWithdrawAProjectTwice() {
        String id = startProject().getBusinessKey();
        withdraw(id, "ครั้งแรก");

        assertThatThrownBy(() -> withdraw(id, "ครั้งที่สอง")).isInstanceOf(InvalidInputException.class).hasMessageContaining("ถอนเรื่องไปแล้ว");
    }

    private ProcessInstance startProject() {
        return runtimeService.startProcessInstanceByKey(StandardLifecycleProcess.KEY, values("titleTh", "โครงการที่จะถอน", "titleEn", "To withdraw",
                "kind", "MSPR", "standardNumber", String.valueOf(700 + (int) (Math.random() * 200)), "subjectGroup", "WEBSITE",
                "workingGroup", "wg-security", "technicalWorkingGroup", "twg-security"));
    }

    private ProcessInstance withdraw(String standardId, String reason) {
        actAs("wichai");
        try {
            String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId();
            return formService.submitStartForm(definition, values("standardId", standardId, "withdrawalReason", reason));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
