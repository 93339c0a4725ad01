package th.go.dga.standards.promotion;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import th.go.dga.standards.lifecycle.WithdrawalService;
import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
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
import static th.go.dga.standards.process.StandardPromotionProcess.*;

class StandardPromotionProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage extends ProcessEngineCoverageConfiguration {
        @Bean
        @Override
        public ProcessEngineCoverageProperties defaultCoverageProperties() {
            return ProcessCoverage.only(KEY);
        }
    }

    @Autowired RepositoryService repositoryService;
    @Autowired WithdrawalService withdrawals;

    @Test
    void promotesAPublishedCommunityStandardToAGovernmentStandardInForce() {
        Standard source = registry.findByCode(StandardCode.parse("มสพร. 1-2564")).orElseThrow();
        ProcessInstance promotion = propose("มสพร. 1-2564", 3, null);
        String id = promotion.getBusinessKey();

        Standard mrd = registry.get(id);
        assertThat(mrd.kind()).isEqualTo(StandardKind.MRD);
        assertThat(mrd.promotedFromId()).isEqualTo(source.id());
        assertThat(mrd.titleTh()).isEqualTo(source.titleTh());
        assertThat(mrd.status()).isEqualTo(StandardStatus.PROMOTION);

        prepareProposal(id);
        approveByCommittee(id);
        sign(id, GovernmentStandardEnactmentProcess.CHAIR_SIGNS, "thawatchai");
        submit(id, GovernmentStandardEnactmentProcess.ENTER_GAZETTE_SUBMISSION, "somsri",
                values("gazetteSubmittedOn", "2026-11-26", "gazetteSubmissionRef", "สพร 0100/9"));
        submit(id, GovernmentStandardEnactmentProcess.ENTER_GAZETTE_PUBLICATION, "somsri", values("gazetteVolume", 143L,
                "gazetteSection", "90 ง", "gazettePage", 5L, "gazettePublishedOn", "2026-11-26"));
        runDueJobs();

        assertThat(promotion).isEnded().hasPassed(PROMOTED_IN_FORCE);
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.IN_FORCE);
        assertThat(registry.get(id).code()).isEqualTo(StandardCode.parse("มรด. 3 : 2569"));
        assertThat(registry.get(source.id()).status()).as("the community standard stays published").isEqualTo(StandardStatus.PUBLISHED);
        assertThat(registry.promotionsOf(List.of(source.id()))).as("the community standard names its government standard")
                .hasEntrySatisfying(source.id(), promoted -> assertThat(promoted.id()).isEqualTo(id));
    }

    @Test
    void aProposalTheCommitteeRejectsComesBackToTheSecretariatWithTheReasons() {
        String id = propose("มสพร. 2-1:2564", 21, "มาตรฐานรัฐบาลดิจิทัล ว่าด้วยนโยบายการบริหารจัดการข้อมูล").getBusinessKey();
        assertThat(registry.get(id).titleTh()).isEqualTo("มาตรฐานรัฐบาลดิจิทัล ว่าด้วยนโยบายการบริหารจัดการข้อมูล");
        prepareProposal(id);

        for (String member : List.of("boonmee", "jirapa", "kanya")) {
            Task task = tasks(id, CommitteeVoteProcess.CAST_VOTE).stream().filter(t -> member.equals(t.getAssignee())).findFirst().orElseThrow();
            submit(task, member, values("decision", "REJECT", "reason", "ควรรอการทบทวนกฎหมายลำดับรอง"));
        }

        Task again = task(id, PREPARE_PROPOSAL);
        assertThat((String) taskService.getVariable(again.getId(), "returnReasons")).contains("ควรรอการทบทวนกฎหมายลำดับรอง");
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.PROMOTION);
    }

    @Test
    void aPromotionCanBeWithdrawnAndTheCommunityStandardPromotedAgain() {
        ProcessInstance promotion = propose("มสพร. 2-2:2564", 22, null);
        String id = promotion.getBusinessKey();
        prepareProposal(id);

        withdrawals.request(id, "รวมกับ มสพร. 2-1:2564");

        assertThat(promotion).isEnded().hasPassed(WITHDRAW_PROJECT, PROMOTION_WITHDRAWN);
        assertThat(openTasks(id)).isEmpty();
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.WITHDRAWN);
        String source = registry.get(id).promotedFromId();
        assertThat(registry.promotionsOf(List.of(source))).as("a withdrawn promotion is not one").isEmpty();
        assertThat(propose("มสพร. 2-2:2564", 23, null)).isActive();
    }

    @Test
    void refusesToPromoteWhatCannotBePromoted() {
        assertThatThrownBy(() -> propose("มรด. 12001:2563", 24, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("sourceCode");
        assertThatThrownBy(() -> propose("มสพร. 6-2565", 24, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ยกเลิกและใช้ฉบับใหม่แทน");
        assertThatThrownBy(() -> propose("มสพร. 99-2564", 24, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ไม่พบ");
        assertThatThrownBy(() -> propose("มสพร. x-1:25", 24, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("x-1:25");
        propose("มสพร. 3-2565", 25, null);
        assertThatThrownBy(() -> propose("มสพร. 3-2565", 26, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ยกระดับ");
    }

    private ProcessInstance propose(String sourceCode, int number, String titleTh) {
        Map<String, Object> form = values(Var.SOURCE_CODE, sourceCode, "standardNumber", String.valueOf(number));
        if (titleTh != null) {
            form.put("titleTh", titleTh);
        }
        actAs("somsri");
        try {
            String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId();
            return formService.submitStartForm(definition, form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void prepareProposal(String id) {
        submit(id, PREPARE_PROPOSAL, "somsri", values(Var.PROPOSAL_VERSION_LABEL, "1.0", Var.PROPOSAL_DOCUMENT_REF,
                "https://example.org/proposal.pdf", Var.PROPOSAL_SUMMARY, "เสนอยกระดับเพื่อให้มีผลบังคับใช้กับหน่วยงานของรัฐทุกแห่ง"));
    }

    private void approveByCommittee(String id) {
        for (String member : List.of("boonmee", "jirapa", "kanya")) {
            Task task = tasks(id, CommitteeVoteProcess.CAST_VOTE).stream().filter(t -> member.equals(t.getAssignee())).findFirst().orElseThrow();
            submit(task, member, values("decision", "APPROVE"));
        }
    }
}
