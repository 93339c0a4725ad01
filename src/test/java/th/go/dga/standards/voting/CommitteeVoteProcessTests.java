package th.go.dga.standards.voting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ProcessCoverage;
import th.go.dga.standards.support.ProcessTestSupport;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.dga.standards.process.CommitteeVoteProcess.*;

class CommitteeVoteProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage extends ProcessEngineCoverageConfiguration {
        @Bean
        @Override
        public ProcessEngineCoverageProperties defaultCoverageProperties() {
            return ProcessCoverage.only(KEY);
        }
    }

    @Autowired
    BallotService ballots;
    @Autowired
    JdbcClient jdbc;

    @Test
    void givesEachMemberOfTheBodyAVotingTaskOfTheirOwn() {
        Standard standard = registeredProject(StandardKind.MSPR);
        startVote(standard, VotingBody.TWG, "twg-process");

        assertThat(tasks(standard.id(), CAST_VOTE)).extracting(Task::getAssignee).containsExactly("chaiwat", "malee", "suda");
        assertThat(tasks(standard.id(), CAST_VOTE)).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(java.util.Date.from(START.plus(java.time.Duration.ofDays(14)))));
    }

    @Test
    void closesAsSoonAsTheApprovalCannotBeOverturned() {
        Standard standard = registeredProject(StandardKind.MSPR);
        ProcessInstance vote = startVote(standard, VotingBody.TWG, "twg-process");

        cast(standard, "chaiwat", "APPROVE", null);
        assertThat(vote).isActive();
        cast(standard, "malee", "APPROVE", null);

        assertThat(vote).isEnded().hasPassed(VOTE_DECIDED);
        assertThat(outcome(vote)).isEqualTo("APPROVED");
        assertThat(openTasks(standard.id())).as("suda's vote is no longer needed").isEmpty();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(vote.getId()).variableName(Var.VOTE_REASONS)
                .singleResult().getValue()).as("an approved draft carries no reasons back").isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(vote.getId()).variableName(Var.VOTE_SUMMARY)
                .singleResult().getValue()).asString().contains("เห็นชอบ 2");
    }

    @Test
    void returnsTheReasonsOfEveryVoteAgainst() {
        Standard standard = registeredProject(StandardKind.MSPR);
        ProcessInstance vote = startVote(standard, VotingBody.TWG, "twg-process");

        cast(standard, "chaiwat", "REJECT", "ขอบเขตของมาตรฐานยังไม่ชัดเจน");
        cast(standard, "malee", "REJECT", "ควรอ้างอิง ISO/IEC 29115");

        assertThat(outcome(vote)).isEqualTo("REJECTED");
        String reasons = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(vote.getId())
                .variableName(Var.VOTE_REASONS).singleResult().getValue();
        assertThat(reasons).contains("ชัยวัฒน์ ทองดี: ขอบเขตของมาตรฐานยังไม่ชัดเจน").contains("มาลี สุขใจ: ควรอ้างอิง ISO/IEC 29115")
                .contains("ไม่เห็นชอบ 2");
    }

    @Test
    void refusesAVoteToRejectWithoutAReasonAndKeepsTheTaskOpen() {
        Standard standard = registeredProject(StandardKind.MSPR);
        startVote(standard, VotingBody.TWG, "twg-process");
        Task chaiwats = tasks(standard.id(), CAST_VOTE).get(0);

        assertThatThrownBy(() -> submit(chaiwats, "chaiwat", values(Var.DECISION, "REJECT", Var.REASON, " ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason").hasMessageContaining("เหตุผล");

        assertThat(tasks(standard.id(), CAST_VOTE)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from vote v join ballot b on b.id = v.ballot_id where b.standard_id = :id")
                .param("id", standard.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void refusesADecisionThatIsNotOneOfTheOptions() {
        Standard standard = registeredProject(StandardKind.MSPR);
        startVote(standard, VotingBody.TWG, "twg-process");

        assertThatThrownBy(() -> submit(tasks(standard.id(), CAST_VOTE).get(0), "chaiwat", values(Var.DECISION, "MAYBE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("decision");
    }

    @Test
    void aMemberVotesOnce() {
        Standard standard = registeredProject(StandardKind.MSPR);
        startVote(standard, VotingBody.DRAFTING_COMMITTEE, "drafting-committee");
        long ballotId = ((Number) runtimeService.getVariable(tasks(standard.id(), CAST_VOTE).get(0).getProcessInstanceId(), Var.BALLOT_ID)).longValue();
        cast(standard, "prasert", "APPROVE", null);

        assertThatThrownBy(() -> ballots.cast(ballotId, "prasert", VoteDecision.REJECT, "เปลี่ยนใจ")).isInstanceOf(StateConflictException.class);
        assertThat(ballots.tally(ballotId)).isEqualTo(new Tally(5, 1, 0, 0));
    }

    @Test
    void countsTheVotesCastWhenTheDeadlinePassesAndAsksTheSecretariatWhenThereIsNoQuorum() {
        Standard standard = registeredProject(StandardKind.MSPR);
        ProcessInstance vote = startVote(standard, VotingBody.DRAFTING_COMMITTEE, "drafting-committee");
        cast(standard, "prasert", "APPROVE", null);

        moveClockAndRunJobs(START.plus(java.time.Duration.ofDays(14)).plusSeconds(60));

        assertThat(vote).hasPassed(VOTING_DEADLINE).isWaitingAt(DECIDE_AFTER_NO_QUORUM);
        assertThat(task(standard.id(), DECIDE_AFTER_NO_QUORUM)).satisfies(t -> assertThat(taskService.getIdentityLinksForTask(t.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("secretariat")));
        assertThat(tasks(standard.id(), CAST_VOTE)).isEmpty();

        submit(standard.id(), DECIDE_AFTER_NO_QUORUM, "somsri", values(Var.NO_QUORUM_ACTION, "REVOTE"));

        assertThat(tasks(standard.id(), CAST_VOTE)).as("a new ballot for every member").hasSize(5);
        for (String member : List.of("prasert", "wanida", "somchai", "ratana")) {
            cast(standard, member, "APPROVE", null);
        }
        assertThat(vote).isEnded().hasPassed(VOTE_DECIDED);
        assertThat(outcome(vote)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from ballot where standard_id = :id").param("id", standard.id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void endsWithoutQuorumWhenTheSecretariatClosesTheVote() {
        Standard standard = registeredProject(StandardKind.MSPR);
        ProcessInstance vote = startVote(standard, VotingBody.DRAFTING_COMMITTEE, "drafting-committee");

        moveClockAndRunJobs(START.plus(java.time.Duration.ofDays(15)));
        submit(standard.id(), DECIDE_AFTER_NO_QUORUM, "somsri", values(Var.NO_QUORUM_ACTION, "CLOSE", "noQuorumNote", "ยุติ"));

        assertThat(vote).isEnded().hasPassed(ENDED_WITHOUT_QUORUM);
        assertThat(outcome(vote)).isEqualTo("NO_QUORUM");
    }

    @Test
    void aBodyWithoutMembersHasNoQuorum() {
        identityService.saveGroup(identityService.newGroup("twg-empty"));
        Standard standard = registeredProject(StandardKind.MSPR);
        ProcessInstance vote = startVote(standard, VotingBody.TWG, "twg-empty");

        assertThat(vote).isWaitingAt(DECIDE_AFTER_NO_QUORUM);
        assertThat(outcome(vote)).isEqualTo("NO_QUORUM");
    }

    private ProcessInstance startVote(Standard standard, VotingBody body, String group) {
        return runtimeService.startProcessInstanceByKey(KEY, standard.id(), Map.of(
                "standardId", standard.id(), "standardTitle", standard.titleTh(),
                Var.VOTING_BODY, body.name(), Var.VOTING_GROUP, group,
                "draftVersionLabel", "1.0", "draftDocumentRef", "https://example.org/draft-1.0.pdf"));
    }

    private void cast(Standard standard, String member, String decision, String reason) {
        Task task = tasks(standard.id(), CAST_VOTE).stream().filter(t -> member.equals(t.getAssignee())).findFirst().orElseThrow();
        submit(task, member, reason == null ? values(Var.DECISION, decision) : values(Var.DECISION, decision, Var.REASON, reason));
    }

    private String outcome(ProcessInstance vote) {
        return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(vote.getId())
                .variableName(Var.VOTE_OUTCOME).singleResult().getValue();
    }

}
