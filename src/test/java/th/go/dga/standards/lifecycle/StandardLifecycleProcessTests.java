package th.go.dga.standards.lifecycle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.drafting.Revision;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StatusChange;
import th.go.dga.standards.signing.AnnouncementService;
import th.go.dga.standards.support.LifecycleSteps;
import th.go.dga.standards.support.ProcessCoverage;
import th.go.dga.standards.support.ProcessTestSupport;
import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.dga.standards.process.StandardLifecycleProcess.*;
import static th.go.dga.standards.registry.StandardStatus.*;
import static th.go.dga.standards.registry.StandardStatus.FINAL_APPROVAL;

class StandardLifecycleProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage extends ProcessEngineCoverageConfiguration {
        @Bean
        @Override
        public ProcessEngineCoverageProperties defaultCoverageProperties() {
            return ProcessCoverage.only(KEY);
        }
    }

    static final Instant PERIOD_ENDED = OffsetDateTime.parse("2027-01-01T00:00+07:00").toInstant();

    @Autowired HearingService hearings;

    private LifecycleSteps step;

    @BeforeEach
    void lifecycleSteps() {
        step = steps();
    }
    @Autowired CommentService comments;
    @Autowired DraftVersions drafting;
    @Autowired AnnouncementService announcements;
    @Autowired WithdrawalService withdrawals;

    @Test
    void takesACommunityStandardFromTheFirstDraftToPublication() {
        String id = step.register(StandardKind.MSPR, 601, null);
        ProcessInstance lifecycle = step.lifecycle(id);
        assertThat(id).matches("STD-\\d{5}");
        assertThat(task(id, PREPARE_DRAFT)).satisfies(t -> assertThat(candidateGroups(t)).containsExactly("wg-process"));

        step.draft(id, "1.0");
        step.approve(id, "chaiwat", "malee");
        assertThat(registry.get(id).status()).isEqualTo(COMMITTEE_REVIEW);
        step.approve(id, "prasert", "wanida", "somchai", "ratana");
        step.scheduleHearing(id);
        Hearing hearing = hearings.latest(id).orElseThrow();
        assertThat(registry.get(id).status()).isEqualTo(HEARING_SCHEDULED);

        moveClockAndRunJobs(BuddhistEra.startOfDay(hearing.window().commentPeriodStart()).toInstant());
        Comment risk = comments.submit(hearing.id(), comment("ข้อ 5.1 ควรระบุระดับความเสี่ยง"));
        Comment example = comments.submit(hearing.id(), comment("ควรมีตัวอย่างประกอบ"));
        moveClockAndRunJobs(hearing.window().meetingEnd());
        submit(id, PublicHearingProcess.ATTACH_MEETING_MATERIALS, "somsri", values("slidesRef", "https://example.org/slides.pdf"));
        moveClockAndRunJobs(PERIOD_ENDED);

        assertThat(lifecycle).isWaitingAt(REVISE_DRAFT);
        assertThat(registry.get(id).status()).isEqualTo(REVISION);
        assertThat(runtimeService.getVariable(lifecycle.getId(), Var.RETURN_REASONS)).as("nothing was sent back").isNull();
        assertThat(FormValues.items(runtimeService.getVariable(lifecycle.getId(), Revision.COMMENTS)).orElseThrow())
                .extracting(item -> item.get("reference")).containsExactly(risk.referenceNo(), example.referenceNo());

        step.revise(id, Map.of(risk.id(), Disposition.ACCEPTED, example.id(), Disposition.NOTED), "1.1");
        assertThat(comments.get(risk.id()).disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(comments.get(risk.id()).respondedBy()).isEqualTo("anan");
        assertThat(hearings.get(hearing.id()).faq()).isEqualTo("ถาม: ใช้กับหน่วยงานใด ตอบ: ทุกหน่วยงานของรัฐ");

        submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "APPROVE", Var.MEETING_REFERENCE, "1/2570"));
        assertThat(task(id, DIRECTOR_SIGNS)).satisfies(t -> assertThat(candidateGroups(t)).containsExactly("director"));
        sign(id, DIRECTOR_SIGNS, "supachai");

        assertThat(lifecycle).isEnded().hasPassed(ISSUE_ANNOUNCEMENT, STANDARD_PUBLISHED);
        Standard published = registry.get(id);
        assertThat(published.status()).isEqualTo(PUBLISHED);
        assertThat(published.code()).isEqualTo(StandardCode.parse("มสพร. 601 : 2570"));
        assertThat(published.versionLabel()).isEqualTo("1.1");
        assertThat(announcements.forStandard(id).orElseThrow()).satisfies(a -> {
            assertThat(a.number().year()).isEqualTo(2570);
            assertThat(a.signedBy()).isEqualTo("supachai");
        });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(registry.timeline(id)).extracting(StatusChange::to).containsExactly(DRAFTING, TWG_REVIEW, COMMITTEE_REVIEW,
                HEARING_SCHEDULED, HEARING_OPEN, HEARING_CLOSED, REVISION, FINAL_APPROVAL, AWAITING_SIGNATURE, PUBLISHED);
        assertThat(registry.timeline(id)).extracting(StatusChange::changedBy)
                .containsExactly("somsri", "anan", "malee", "somsri", "system", "system", "system", "anan", "prasert", "supachai");
        assertThat(drafting.versions(id)).extracting(v -> v.stage() + " " + v.versionLabel()).containsExactly("DRAFT 1.0", "REVISED 1.1");
    }

    @Test
    void aRejectedDraftGoesBackToTheWorkingGroupWithTheReasons() {
        String id = step.register(StandardKind.MSPR, 602, null);
        step.draft(id, "1.0");

        step.vote(id, "chaiwat", "REJECT", "ยังไม่ครอบคลุมบริการผ่านแอปพลิเคชัน");
        step.vote(id, "malee", "REJECT", "ควรแยกส่วนภาพรวมออกมา");

        Task again = task(id, PREPARE_DRAFT);
        String reasons = (String) taskService.getVariable(again.getId(), Var.RETURN_REASONS);
        assertThat(reasons).contains("คณะทำงานเทคนิค").contains("ยังไม่ครอบคลุมบริการผ่านแอปพลิเคชัน").contains("ควรแยกส่วนภาพรวมออกมา");
        assertThat(registry.get(id).status()).isEqualTo(DRAFTING);
        assertThat(registry.timeline(id)).last().satisfies(c -> assertThat(c.reason()).contains("ควรแยกส่วนภาพรวมออกมา"));

        step.draft(id, "1.1");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).count()).isEqualTo(3);
        assertThat(runtimeService.getVariable(step.lifecycle(id).getId(), Var.RETURN_REASONS)).isNull();
    }

    @Test
    void theCommitteeCanSendTheDraftBackBeforeTheHearing() {
        String id = step.register(StandardKind.MSPR, 603, null);
        step.draft(id, "1.0");
        step.approve(id, "chaiwat", "malee");

        step.vote(id, "prasert", "REJECT", "ควรรับฟังหน่วยงานท้องถิ่นก่อน");
        step.vote(id, "wanida", "REJECT", "ยังไม่พร้อม");
        assertThat(step.lifecycle(id)).as("two of five could still be outvoted, or miss the quorum").isWaitingAt(COMMITTEE_HEARING_APPROVAL);
        step.vote(id, "somchai", "REJECT", "ควรรอผลการศึกษา");

        assertThat(step.lifecycle(id)).isWaitingAt(PREPARE_DRAFT);
        assertThat((String) runtimeService.getVariable(step.lifecycle(id).getId(), Var.RETURN_REASONS)).contains("คณะกรรมการจัดทำร่างมาตรฐาน");
    }

    @Test
    void aVoteWithoutQuorumThatTheSecretariatClosesSendsTheDraftBack() {
        String id = step.register(StandardKind.MSPR, 604, null);
        step.draft(id, "1.0");
        step.vote(id, "chaiwat", "APPROVE", null);

        moveClockAndRunJobs(now().plus(java.time.Duration.ofDays(15)));
        submit(id, CommitteeVoteProcess.DECIDE_AFTER_NO_QUORUM, "somsri", values("noQuorumAction", "CLOSE"));

        assertThat(step.lifecycle(id)).isWaitingAt(PREPARE_DRAFT);
        assertThat((String) runtimeService.getVariable(step.lifecycle(id).getId(), Var.RETURN_REASONS)).contains("ไม่ครบองค์ประชุม");
    }

    @Test
    void refusesABadHearingScheduleAndKeepsTheTaskOpen() {
        String id = step.toScheduling(605);

        assertThatThrownBy(() -> step.scheduleHearing(id, "2026-12-01", "2026-12-10", "2026-12-05T13:30+07:00", "2026-12-05T15:30+07:00"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ไม่น้อยกว่า 15 วัน").hasMessageContaining("10 วัน");
        assertThatThrownBy(() -> step.scheduleHearing(id, "2026-12-31", "2026-12-01", "2026-12-10T13:30+07:00", "2026-12-10T15:30+07:00"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("commentPeriodEnd");
        assertThatThrownBy(() -> step.scheduleHearing(id, "2026-12-01", "2026-12-31", "2027-01-05T13:30+07:00", "2027-01-05T15:30+07:00"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("meetingStart").hasMessageContaining("ภายในระยะเวลา");
        assertThatThrownBy(() -> step.scheduleHearing(id, "2026-11-20", "2026-12-31", "2026-12-10T13:30+07:00", "2026-12-10T15:30+07:00"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("commentPeriodStart");
        assertThatThrownBy(() -> step.scheduleHearing(id, "1/ุุ4/2566", "2026-12-31", "2026-12-10T13:30+07:00", "2026-12-10T15:30+07:00"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("commentPeriodStart");

        assertThat(step.lifecycle(id)).isWaitingAt(SCHEDULE_HEARING);
        assertThat(hearings.latest(id)).isEmpty();
        assertThat(registry.get(id).status()).isEqualTo(COMMITTEE_REVIEW);
    }

    @Test
    void theRevisionCompletesOnlyWhenEveryCommentIsAnswered() {
        String id = step.toScheduling(606);
        step.scheduleHearing(id);
        Hearing hearing = hearings.latest(id).orElseThrow();
        moveClockAndRunJobs(BuddhistEra.startOfDay(hearing.window().commentPeriodStart()).toInstant());
        Comment first = comments.submit(hearing.id(), comment("ข้อคิดเห็นที่หนึ่ง"));
        Comment second = comments.submit(hearing.id(), comment("ข้อคิดเห็นที่สอง"));
        step.finishHearing(id, hearing);

        assertThatThrownBy(() -> step.revise(id, Map.of(first.id(), Disposition.ACCEPTED), "1.1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(second.referenceNo());

        assertThat(step.lifecycle(id)).isWaitingAt(REVISE_DRAFT);
        assertThat(comments.get(first.id()).disposition()).as("nothing recorded").isNull();
    }

    @Test
    void theCommitteeCanSendTheRevisionBackOrAskForASecondHearing() {
        String id = step.toScheduling(607);
        step.scheduleHearing(id);
        Hearing first = hearings.latest(id).orElseThrow();
        moveClockAndRunJobs(BuddhistEra.startOfDay(first.window().commentPeriodStart()).toInstant());
        Comment comment = comments.submit(first.id(), comment("ขอให้ทบทวนทั้งฉบับ"));
        step.finishHearing(id, first);
        step.revise(id, Map.of(comment.id(), Disposition.PARTLY_ACCEPTED), "1.1");

        assertThatThrownBy(() -> submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "REVISE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.FINAL_DECISION_NOTE);
        submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "REVISE", Var.FINAL_DECISION_NOTE, "คำชี้แจงข้อ 1 ยังไม่ชัด"));

        assertThat(step.lifecycle(id)).isWaitingAt(REVISE_DRAFT);
        assertThat(FormValues.items(runtimeService.getVariable(step.lifecycle(id).getId(), Revision.COMMENTS)).orElseThrow())
                .singleElement().satisfies(item -> assertThat(item.get("disposition")).as("the earlier answer is kept").isEqualTo("PARTLY_ACCEPTED"));
        step.revise(id, Map.of(comment.id(), Disposition.ACCEPTED), "1.2");

        submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "NEW_HEARING", Var.FINAL_DECISION_NOTE, "แก้ไขสาระสำคัญ ต้องรับฟังอีกครั้ง"));
        assertThat(step.lifecycle(id)).isWaitingAt(SCHEDULE_HEARING);
        step.scheduleHearing(id, "2027-01-05", "2027-01-25", "2027-01-12T10:00+07:00", "2027-01-12T12:00+07:00");

        Hearing second = hearings.latest(id).orElseThrow();
        assertThat(second.round()).isEqualTo(2);
        assertThat(hearings.forStandard(id)).extracting(Hearing::round).containsExactly(1, 2);
        moveClockAndRunJobs(BuddhistEra.startOfDay(second.window().commentPeriodStart()).toInstant());
        assertThat(registry.get(id).status()).isEqualTo(HEARING_OPEN);
    }

    @Test
    void theDirectorCanReturnTheStandardToTheCommitteeWithAReason() {
        String id = step.toFinalApproval(608);
        submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "APPROVE"));

        assertThatThrownBy(() -> submit(id, DIRECTOR_SIGNS, "supachai", values("signDecision", "RETURN")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("signNote");
        submit(id, DIRECTOR_SIGNS, "supachai", values("signDecision", "RETURN", "signNote", "ขอให้ตรวจสอบถ้อยคำภาษาอังกฤษ"));

        assertThat(step.lifecycle(id)).isWaitingAt(APPROVE_FINAL_DRAFT);
        assertThat(registry.get(id).code()).isNull();
        assertThat(registry.get(id).status()).isEqualTo(FINAL_APPROVAL);
    }

    @Test
    void aRevisionSupersedesTheStandardItReplacesWhenItIsPublished() {
        Standard old = registry.findByCode(StandardCode.parse("มสพร. 4-2565")).orElseThrow();
        String id = step.register(StandardKind.MSPR, 4, "มสพร. 4-2565");
        assertThat(registry.get(id).supersedesId()).isEqualTo(old.id());
        step.driveToFinalApproval(id);

        submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "APPROVE"));
        sign(id, DIRECTOR_SIGNS, "supachai");

        assertThat(registry.get(id).code()).isEqualTo(StandardCode.parse("มสพร. 4-2570"));
        assertThat(registry.get(old.id()).status()).isEqualTo(SUPERSEDED);
        assertThat(registry.successorOf(old.id()).orElseThrow().id()).isEqualTo(id);
    }

    @Test
    void takesAGovernmentStandardThroughTheRoyalGazetteToItsEffectiveDate() {
        String id = step.register(StandardKind.MRD, 609, null);
        step.driveToFinalApproval(id);
        submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "APPROVE"));

        ProcessInstance lifecycle = step.lifecycle(id);
        assertThat(lifecycle).isWaitingAt(ENACT_GOVERNMENT_STANDARD);
        for (String member : List.of("boonmee", "jirapa", "kanya")) {
            step.vote(id, member, "APPROVE", null);
        }
        sign(id, GovernmentStandardEnactmentProcess.CHAIR_SIGNS, "thawatchai");
        moveClockTo(OffsetDateTime.parse("2027-01-04T10:00+07:00").toInstant());
        submit(id, GovernmentStandardEnactmentProcess.ENTER_GAZETTE_SUBMISSION, "somsri",
                values("gazetteSubmittedOn", "2027-01-04", "gazetteSubmissionRef", "สพร 0100/77"));
        submit(id, GovernmentStandardEnactmentProcess.ENTER_GAZETTE_PUBLICATION, "somsri", values("gazetteVolume", 144L,
                "gazetteSection", "12 ง", "gazettePage", 30L, "gazettePublishedOn", "2027-01-04", "effectiveOn", "2027-04-01"));
        assertThat(registry.get(id).status()).isEqualTo(PUBLISHED);

        moveClockAndRunJobs(OffsetDateTime.parse("2027-04-01T00:00+07:00").toInstant());

        assertThat(lifecycle).isEnded().hasPassed(STANDARD_IN_FORCE);
        assertThat(registry.get(id).status()).isEqualTo(IN_FORCE);
        assertThat(registry.get(id).code()).isEqualTo(StandardCode.parse("มรด. 609 : 2570"));
    }

    @Test
    void aGovernmentStandardTheCommitteeRejectsGoesBackToRevision() {
        String id = step.register(StandardKind.MRD, 610, null);
        step.driveToFinalApproval(id);
        submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "APPROVE"));
        for (String member : List.of("boonmee", "jirapa", "kanya")) {
            step.vote(id, member, "REJECT", "ยังไม่สอดคล้องกับนโยบาย");
        }

        assertThat(step.lifecycle(id)).isWaitingAt(REVISE_DRAFT);
        assertThat(registry.get(id).status()).isEqualTo(REVISION);
        assertThat((String) runtimeService.getVariable(step.lifecycle(id).getId(), Var.RETURN_REASONS)).contains("ยังไม่สอดคล้องกับนโยบาย");
    }

    @Test
    void aWithdrawnProjectEndsWithNoTaskLeftAndItsHearingStopsTakingComments() {
        String id = step.toScheduling(611);
        step.scheduleHearing(id);
        Hearing hearing = hearings.latest(id).orElseThrow();
        moveClockAndRunJobs(BuddhistEra.startOfDay(hearing.window().commentPeriodStart()).toInstant());
        assertThat(openTasks(id)).isNotEmpty();

        actAs("somsri");
        withdrawals.request(id, "คณะกรรมการให้รวมกับโครงการอื่น");
        identityService.clearAuthentication();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(openTasks(id)).isEmpty();
        assertThat(managementService.createJobQuery().processInstanceId(lifecycleHistoricId(id)).count()).isZero();
        assertThat(registry.get(id).status()).isEqualTo(WITHDRAWN);
        assertThat(registry.timeline(id)).last().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("somsri");
            assertThat(c.reason()).contains("คณะกรรมการให้รวมกับโครงการอื่น");
        });
        assertThat(hearings.get(hearing.id()).status()).isEqualTo(HearingStatus.CANCELLED);
        assertThatThrownBy(() -> comments.submit(hearing.id(), comment("หลังถอนเรื่อง"))).isInstanceOf(StateConflictException.class);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(lifecycleHistoricId(id))
                .activityId(PROJECT_WITHDRAWN).finished().count()).isEqualTo(1);
    }

    @Test
    void aSignedStandardCannotBeWithdrawn() {
        Standard published = registry.findByCode(StandardCode.parse("มสพร. 3-2565")).orElseThrow();

        assertThatThrownBy(() -> withdrawals.request(published.id(), "ทดสอบ"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("ลงนามแล้ว");
        assertThat(registry.get(published.id()).status()).isEqualTo(PUBLISHED);
    }

    @Test
    void refusesABadRegistrationAndStartsNothing() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> step.start(step.registration(StandardKind.MSPR, 612, "มสพร. x-1:25")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("revisesCode").hasMessageContaining("x-1:25");
        Map<String, Object> unknownGroup = step.registration(StandardKind.MSPR, 612, null);
        unknownGroup.put(Var.WORKING_GROUP, "wg-nobody");
        assertThatThrownBy(() -> step.start(unknownGroup)).isInstanceOf(InvalidInputException.class).hasMessageContaining("wg-nobody");
        Map<String, Object> noTitle = step.registration(StandardKind.MSPR, 612, null);
        noTitle.remove(Var.TITLE_TH);
        noTitle.put(Var.STANDARD_NUMBER, "six");
        assertThatThrownBy(() -> step.start(noTitle)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(Var.TITLE_TH).hasMessageContaining(Var.STANDARD_NUMBER);
        assertThatThrownBy(() -> step.start(step.registration(StandardKind.MRD, 612, "มสพร. 5-2565")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("คนละประเภท");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    private String lifecycleHistoricId(String id) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).processDefinitionKey(KEY).singleResult().getId();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).filter(g -> g != null).toList();
    }

    private static NewComment comment(String text) {
        return new NewComment("ร่างมาตรฐาน", "5.1", CommentType.TECHNICAL, text, "ข้อความที่เสนอ", "ผู้แสดงความคิดเห็น", "กรมตัวอย่าง",
                "commenter@example.org", "1.0");
    }
}
