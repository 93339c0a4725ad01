package th.go.dga.standards.progress;

import java.io.File;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.process.StandardPromotionProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.dga.standards.process.StandardLifecycleProcess.*;

/**
 * The steps of the lifecycle models as the list shows them, read from {@code bpmn/} without an engine.
 */
class LifecycleGraphTests {

    private static final LifecycleGraph LIFECYCLE = graph("standard-lifecycle", StandardLifecycleProcess.KEY);

    @Test
    void listsWhatPeopleDoAndWaitForInTheOrderTheProjectGoesLeavingOutTheEnginesBookkeeping() {
        assertThat(steps(LIFECYCLE)).containsExactly(PROJECT_REGISTERED, PREPARE_DRAFT, TECHNICAL_REVIEW, COMMITTEE_HEARING_APPROVAL,
                SCHEDULE_HEARING, PUBLIC_HEARING, REVISE_DRAFT, APPROVE_FINAL_DRAFT, DIRECTOR_SIGNS, STANDARD_PUBLISHED,
                ENACT_GOVERNMENT_STANDARD, STANDARD_IN_FORCE, "StartEvent_WithdrawalRequested", "EndEvent_ProjectWithdrawn");
        assertThat(LIFECYCLE.order()).filteredOn(n -> n.id().equals(PREPARE_DRAFT)).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo("จัดทำร่างมาตรฐาน"));
        assertThat(LIFECYCLE.processName()).isEqualTo("การจัดทำมาตรฐาน");
    }

    @Test
    void theWithdrawalIsListedOnlyOnceItHasHappened() {
        assertThat(LIFECYCLE.order()).filteredOn(LifecycleGraph.Node::optional).extracting(LifecycleGraph.Node::id)
                .contains("SubProcess_Withdrawal", "StartEvent_WithdrawalRequested", WITHDRAW_PROJECT, "EndEvent_ProjectWithdrawn")
                .doesNotContain(PREPARE_DRAFT);
    }

    @Test
    void stepsOnOneBranchOfADecisionCarryItsName() {
        assertThat(LIFECYCLE.branch(DIRECTOR_SIGNS)).isEqualTo("มสพร.");
        assertThat(LIFECYCLE.branch(STANDARD_PUBLISHED)).isEqualTo("มสพร.");
        assertThat(LIFECYCLE.branch(ENACT_GOVERNMENT_STANDARD)).isEqualTo("มรด.");
        assertThat(LIFECYCLE.branch(STANDARD_IN_FORCE)).isEqualTo("มรด.");
        // a vote's "approve" leads on, its "reject" goes back: no branch, every project passes there
        assertThat(LIFECYCLE.branch(COMMITTEE_HEARING_APPROVAL)).isNull();
        assertThat(LIFECYCLE.branch(APPROVE_FINAL_DRAFT)).isNull();
    }

    @Test
    void whatIsStillToComeGoesForwardOnlyThoughTheModelLoops() {
        Set<String> afterHearing = LIFECYCLE.reachableFrom(List.of(PUBLIC_HEARING));
        assertThat(afterHearing).contains(REVISE_DRAFT, APPROVE_FINAL_DRAFT, DIRECTOR_SIGNS, ENACT_GOVERNMENT_STANDARD, STANDARD_IN_FORCE)
                .doesNotContain(PREPARE_DRAFT, SCHEDULE_HEARING, PUBLIC_HEARING);
        assertThat(LIFECYCLE.reachableFrom(List.of(DIRECTOR_SIGNS))).contains(STANDARD_PUBLISHED)
                .doesNotContain(ENACT_GOVERNMENT_STANDARD, APPROVE_FINAL_DRAFT);
        assertThat(LIFECYCLE.reachableFrom(List.of(PREPARE_DRAFT))).contains(TECHNICAL_REVIEW, PUBLIC_HEARING, STANDARD_PUBLISHED);
    }

    @Test
    void readsThePromotionOfACommunityStandardToo() {
        LifecycleGraph promotion = graph("standard-promotion", StandardPromotionProcess.KEY);
        assertThat(steps(promotion)).startsWith(StandardPromotionProcess.PROMOTION_PROPOSED, StandardPromotionProcess.PREPARE_PROPOSAL,
                StandardPromotionProcess.ENACT_GOVERNMENT_STANDARD, StandardPromotionProcess.PROMOTED_IN_FORCE);
        assertThat(promotion.branch(StandardPromotionProcess.PROMOTED_IN_FORCE)).isNull();
    }

    private static List<String> steps(LifecycleGraph graph) {
        return graph.order().stream().filter(LifecycleGraph.Node::step).map(LifecycleGraph.Node::id).toList();
    }

    private static LifecycleGraph graph(String file, String key) {
        return LifecycleGraph.of(Bpmn.readModelFromFile(new File("bpmn/" + file + ".bpmn")), key);
    }
}
