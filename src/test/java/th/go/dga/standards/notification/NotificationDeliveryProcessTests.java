package th.go.dga.standards.notification;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import th.go.dga.standards.support.ProcessCoverage;
import th.go.dga.standards.support.ProcessTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.dga.standards.process.NotificationDeliveryProcess.*;

class NotificationDeliveryProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage extends ProcessEngineCoverageConfiguration {
        @Bean
        @Override
        public ProcessEngineCoverageProperties defaultCoverageProperties() {
            return ProcessCoverage.only(KEY);
        }
    }

    @Autowired Notifications notifications;

    @Test
    void aQueuedMailWaitsForTheJobExecutorAndIsKeptInTheOutboxWithoutAMailServer() {
        notifications.queue(Mail.of("test:process", "TEST", new Recipient("process@example.org", "ผู้รับ", null), "task-waiting",
                Map.of("taskName", "ทดสอบ"), "https://example.org"));
        ProcessInstance delivery = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("test:process").singleResult();
        assertThat(delivery).isWaitingAt(DELIVER_MAIL);
        assertThat(notifications.byKey("test:process").orElseThrow().status()).isEqualTo(NotificationStatus.QUEUED);

        runDueJobs();

        assertThat(delivery).isEnded().hasPassed(MAIL_QUEUED, DELIVER_MAIL, MAIL_DELIVERED);
        assertThat(notifications.byKey("test:process").orElseThrow().status()).isEqualTo(NotificationStatus.RECORDED);
    }
}
