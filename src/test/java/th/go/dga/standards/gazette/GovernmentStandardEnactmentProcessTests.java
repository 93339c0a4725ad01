package th.go.dga.standards.gazette;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import th.go.dga.standards.lifecycle.ProjectRequest;
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
import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.*;

class GovernmentStandardEnactmentProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage extends ProcessEngineCoverageConfiguration {
        @Bean
        @Override
        public ProcessEngineCoverageProperties defaultCoverageProperties() {
            return ProcessCoverage.only(KEY);
        }
    }

    static final String TODAY = "2026-11-26";

    @Autowired
    GazetteService gazette;

    @Test
    void theApprovedStandardIsSignedPublishedAndComesIntoForceOnItsEffectiveDate() {
        Standard standard = registeredProject(StandardKind.MRD);
        ProcessInstance enactment = steps().startEnactment(standard);

        steps().dgdcVotes(standard, "APPROVE", "APPROVE", "APPROVE");
        assertThat(enactment).isWaitingAt(CHAIR_SIGNS);
        assertThat(task(standard.id(), CHAIR_SIGNS)).satisfies(t -> assertThat(taskService.getIdentityLinksForTask(t.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("dgdc-chair")));
        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.AWAITING_SIGNATURE);

        sign(standard.id(), CHAIR_SIGNS, "thawatchai");

        Standard signed = registry.get(standard.id());
        assertThat(signed.code()).isEqualTo(new StandardCode(StandardKind.MRD, standard.number(), 1, 2569));
        assertThat(signed.status()).isEqualTo(StandardStatus.AWAITING_GAZETTE);
        assertThat(gazette.find(standard.id()).orElseThrow().signedBy()).isEqualTo("thawatchai");

        submit(standard.id(), ENTER_GAZETTE_SUBMISSION, "somsri", values(Var.SUBMITTED_ON, TODAY, Var.SUBMISSION_REF, "สพร 0100/1234"));
        submit(standard.id(), ENTER_GAZETTE_PUBLICATION, "somsri", values(Var.VOLUME, 143L, Var.SECTION, "ตอนพิเศษ 240 ง", Var.PAGE, 12L,
                Var.PUBLISHED_ON, TODAY, Var.EFFECTIVE_ON, "2028-11-26"));

        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.PUBLISHED);
        assertThat(registry.get(standard.id()).effectiveOn()).isEqualTo(LocalDate.of(2028, 11, 26));
        assertThat(gazette.find(standard.id()).orElseThrow().citation()).isEqualTo("เล่ม 143 ตอนพิเศษ 240 ง หน้า 12");
        Job effective = managementService.createJobQuery().processInstanceId(enactment.getId()).activityId(EFFECTIVE_DATE).singleResult();
        assertThat(effective.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2028-11-26T00:00+07:00").toInstant());

        moveClockAndRunJobs(OffsetDateTime.parse("2028-11-25T23:59+07:00").toInstant());
        assertThat(enactment).isWaitingAt(EFFECTIVE_DATE);

        // made due now, as a retry with a due date through the engine's API would: the standard still waits for its date
        managementService.setJobDuedate(effective.getId(), java.util.Date.from(now()));
        managementService.executeJob(effective.getId());
        assertThat(enactment).hasPassed(BRING_INTO_FORCE, EFFECTIVE_DATE_REACHED).isWaitingAt(EFFECTIVE_DATE);
        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.PUBLISHED);
        assertThat(managementService.createJobQuery().processInstanceId(enactment.getId()).activityId(EFFECTIVE_DATE).singleResult()
                .getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2028-11-26T00:00+07:00").toInstant());

        moveClockAndRunJobs(OffsetDateTime.parse("2028-11-26T00:00+07:00").toInstant());

        assertThat(enactment).isEnded().hasPassed(BRING_INTO_FORCE, IN_FORCE);
        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.IN_FORCE);
        assertThat(outcome(enactment)).isEqualTo(OUTCOME_IN_FORCE);
    }

    @Test
    void aRevisedStandardInForceSupersedesTheOneItRevises() {
        Standard old = registry.findByCode(StandardCode.parse("มรด. 1-1:2564")).orElseThrow();
        Standard revision = projects.register(new ProjectRequest("ดิจิทัลไอดีสำหรับบริการภาครัฐ ภาพรวม เวอร์ชัน 2.0", "Digital ID overview 2.0",
                StandardKind.MRD, 1, 1, "DIGITAL_ID", "wg-security", "twg-security", "มรด. 1-1:2564"));
        ProcessInstance enactment = steps().startEnactment(revision);
        steps().dgdcVotes(revision, "APPROVE", "APPROVE", "APPROVE");
        sign(revision.id(), CHAIR_SIGNS, "thawatchai");
        submit(revision.id(), ENTER_GAZETTE_SUBMISSION, "somsri", values(Var.SUBMITTED_ON, TODAY, Var.SUBMISSION_REF, "สพร 0100/2"));

        submit(revision.id(), ENTER_GAZETTE_PUBLICATION, "somsri", values(Var.VOLUME, 143L, Var.SECTION, "85 ง", Var.PAGE, 1L, Var.PUBLISHED_ON, TODAY));
        runDueJobs();

        assertThat(enactment).isEnded();
        assertThat(registry.get(revision.id()).status()).isEqualTo(StandardStatus.IN_FORCE);
        assertThat(registry.get(revision.id()).code()).isEqualTo(StandardCode.parse("มรด. 1-1:2569"));
        assertThat(registry.get(old.id()).status()).isEqualTo(StandardStatus.SUPERSEDED);
        assertThat(registry.timeline(old.id())).last().satisfies(c -> assertThat(c.reason()).contains("มรด. 1-1 : 2569"));
    }

    @Test
    void aStandardTheCommitteeDoesNotApproveGoesBackWithTheReasons() {
        Standard standard = registeredProject(StandardKind.MRD);
        ProcessInstance enactment = steps().startEnactment(standard);

        steps().dgdcVotes(standard, "REJECT", "REJECT", "REJECT");

        assertThat(enactment).isEnded().hasPassed(RECORD_RETURN, RETURNED_FOR_REVISION).hasNotPassed(CHAIR_SIGNS);
        assertThat(outcome(enactment)).isEqualTo(OUTCOME_NOT_APPROVED);
        assertThat(variable(enactment, "returnReasons")).contains("ไม่สอดคล้องกับกฎหมาย");
    }

    @Test
    void theChairmanSendsAStandardBackOnlyWithAReason() {
        Standard standard = registeredProject(StandardKind.MRD);
        ProcessInstance enactment = steps().startEnactment(standard);
        steps().dgdcVotes(standard, "APPROVE", "APPROVE", "APPROVE");

        assertThatThrownBy(() -> submit(standard.id(), CHAIR_SIGNS, "thawatchai", values(Var.SIGN_DECISION, "RETURN")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.SIGN_NOTE);
        assertThat(enactment).isWaitingAt(CHAIR_SIGNS);

        submit(standard.id(), CHAIR_SIGNS, "thawatchai", values(Var.SIGN_DECISION, "RETURN", Var.SIGN_NOTE, "ขอให้ทบทวนบทนิยาม"));

        assertThat(enactment).isEnded().hasPassed(RETURNED_FOR_REVISION);
        assertThat(outcome(enactment)).isEqualTo(OUTCOME_RETURNED);
        assertThat(variable(enactment, "returnReasons")).isEqualTo("ประธานกรรมการส่งกลับ: ขอให้ทบทวนบทนิยาม");
        assertThat(registry.get(standard.id()).code()).as("no code without a signature").isNull();
    }

    @Test
    void refusesGazetteDatesOutOfOrder() {
        Standard standard = registeredProject(StandardKind.MRD);
        steps().startEnactment(standard);
        steps().dgdcVotes(standard, "APPROVE", "APPROVE", "APPROVE");
        sign(standard.id(), CHAIR_SIGNS, "thawatchai");

        assertThatThrownBy(() -> submit(standard.id(), ENTER_GAZETTE_SUBMISSION, "somsri",
                values(Var.SUBMITTED_ON, "2026-11-25", Var.SUBMISSION_REF, "x"))).hasMessageContaining("ก่อนวันที่ลงนาม");
        assertThatThrownBy(() -> submit(standard.id(), ENTER_GAZETTE_SUBMISSION, "somsri",
                values(Var.SUBMITTED_ON, "2026-12-01", Var.SUBMISSION_REF, "x"))).hasMessageContaining("อนาคต");
        submit(standard.id(), ENTER_GAZETTE_SUBMISSION, "somsri", values(Var.SUBMITTED_ON, TODAY, Var.SUBMISSION_REF, "x"));

        Map<String, Object> effectiveTooEarly = values(Var.VOLUME, 143L, Var.SECTION, "85 ง", Var.PAGE, 3L,
                Var.PUBLISHED_ON, TODAY, Var.EFFECTIVE_ON, "2026-11-01");
        assertThatThrownBy(() -> submit(standard.id(), ENTER_GAZETTE_PUBLICATION, "somsri", effectiveTooEarly))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.EFFECTIVE_ON);
        assertThatThrownBy(() -> submit(standard.id(), ENTER_GAZETTE_PUBLICATION, "somsri", values(Var.VOLUME, 0L, Var.SECTION, "85 ง",
                Var.PAGE, 3L, Var.PUBLISHED_ON, TODAY))).isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.VOLUME);

        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.AWAITING_GAZETTE);
        assertThat(gazette.find(standard.id()).orElseThrow().publishedOn()).isNull();
    }

    private String outcome(ProcessInstance enactment) {
        return variable(enactment, Var.ENACTMENT_OUTCOME);
    }

    private String variable(ProcessInstance instance, String name) {
        return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }
}
