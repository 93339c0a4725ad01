package th.go.dga.standards.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.registry.StatusChange;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a newcomer finds on the first start of the demo: a draft under an open hearing, to read clause by clause and
 * comment on, with the public's first comments; anan's drafting and the technical working group's votes in the
 * workspace. Seeded at the start of this context, at today's date, as the application seeds them.
 */
@SpringBootTest(properties = "standards.demo.projects=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoProjectsTests {

    @Autowired MockMvc mvc;
    @Autowired DemoProjects demoProjects;
    @Autowired StandardRegistry registry;
    @Autowired HearingService hearings;
    @Autowired CommentService comments;
    @Autowired DraftVersions drafts;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    /** The projects are seeded at today's date when the context starts: the engine clock is the real one. */
    @BeforeAll
    static void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theDraftOfPartFiveIsUnderAHearingOpenFromTodayForThirtyDaysWithTheMeetingTwoWeeksOn() {
        Standard standard = project(DemoProjects.UNDER_HEARING);
        Hearing hearing = hearings.latest(standard.id()).orElseThrow();
        LocalDate today = EngineTime.today();

        assertThat(standard.displayCode()).isEqualTo("(ร่าง) มสพร. 6-5");
        assertThat(standard.status()).isEqualTo(StandardStatus.HEARING_OPEN);
        assertThat(standard.versionLabel()).isEqualTo("1.0");
        assertThat(hearing.status()).isEqualTo(HearingStatus.OPEN);
        assertThat(hearings.visible(HearingStatus.OPEN)).extracting(Hearing::id).contains(hearing.id());
        assertThat(hearing.window().commentPeriodStart()).isEqualTo(today);
        assertThat(hearing.window().lengthInDays()).isEqualTo(30);
        ZonedDateTime meetingStart = hearing.window().meetingStart().atZone(BuddhistEra.BANGKOK);
        assertThat(meetingStart.toLocalDate()).isBetween(today.plusDays(14), today.plusDays(16));
        assertThat(meetingStart.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(meetingStart.toLocalTime()).isEqualTo(LocalTime.of(13, 30));
        assertThat(hearing.window().meetingEnd().atZone(BuddhistEra.BANGKOK).toLocalTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(registry.timeline(standard.id())).extracting(StatusChange::to, StatusChange::changedBy).containsExactly(
                tuple(StandardStatus.DRAFTING, "somsri"),
                tuple(StandardStatus.TWG_REVIEW, "anan"),
                tuple(StandardStatus.COMMITTEE_REVIEW, "malee"),
                tuple(StandardStatus.HEARING_SCHEDULED, "somsri"),
                tuple(StandardStatus.HEARING_OPEN, "system"));
    }

    @Test
    void theHearingPageShowsTheDraftClauseByClauseReadyForCommentsAndCountsThoseReceived() throws Exception {
        Hearing hearing = hearings.latest(project(DemoProjects.UNDER_HEARING).id()).orElseThrow();

        String page = mvc.perform(get("/hearings/{id}", hearing.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("อ่านร่างได้ทั้งฉบับ 21 ข้อ")
                .contains("ข้อ 3.2.1").contains("ระดับที่ 1 การให้ข้อมูล").contains("ข้อ 2.2").contains("ข้อ 5")
                .contains("ตารางที่ 1 ระดับบริการดิจิทัลภาครัฐ")
                .contains("แสดงความคิดเห็นต่อข้อนี้").contains("clause=3.2.1")
                .contains("ได้รับข้อคิดเห็นแล้ว 4 รายการ");
        assertThat(drafts.byLabel(hearing.standardId(), "1.0")).get().satisfies(version -> {
            assertThat(version.id()).isEqualTo(hearing.draftVersionId());
            assertThat(version.documentRef()).isEqualTo("/api/documents/" + version.documentId() + "/content");
            assertThat(version.recordedBy()).isEqualTo("anan");
        });
        assertThat(comments.forHearing(hearing.id())).extracting(Comment::clause).containsExactlyInAnyOrder("3.2.1", "2.2", "3.3", null);
        assertThat(comments.forHearing(hearing.id())).allSatisfy(comment ->
                assertThat(comment.consentVersion()).isEqualTo(comments.privacyNoticeVersion()));
    }

    @Test
    void ananFindsTheNextProjectsDraftingInHisWorkAndTheTechnicalWorkingGroupEachAVote() throws Exception {
        Standard awaiting = project(DemoProjects.AWAITING_DRAFT);
        Standard voting = project(DemoProjects.BEFORE_VOTE);

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(awaiting.id())
                .taskDefinitionKey(StandardLifecycleProcess.PREPARE_DRAFT).singleResult().getAssignee()).isEqualTo("anan");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(voting.id()).taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("chaiwat", "malee", "suda");
        assertThat(voting.status()).isEqualTo(StandardStatus.TWG_REVIEW);

        String anan = mvc.perform(get("/work").with(httpBasic("anan", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(anan).contains(awaiting.displayCode()).contains(awaiting.titleTh());
        String malee = mvc.perform(get("/work").with(httpBasic("malee", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(malee).contains("ลงมติ (คณะทำงานเทคนิค): " + voting.displayCode());
    }

    @Test
    void theChairmanFindsAPromotedStandardWaitingForHisSignatureWithTheAnnouncementToBeSigned() throws Exception {
        Standard source = registry.findByCode(StandardCode.parse(DemoProjects.PROMOTED_SOURCE)).orElseThrow();
        Standard promoted = registry.findAll().stream().filter(s -> source.id().equals(s.promotedFromId())).findFirst().orElseThrow();

        assertThat(promoted.status()).isEqualTo(StandardStatus.AWAITING_SIGNATURE);
        Task signing = taskService.createTaskQuery().processInstanceBusinessKey(promoted.id())
                .taskDefinitionKey(GovernmentStandardEnactmentProcess.CHAIR_SIGNS).singleResult();
        String queue = mvc.perform(get("/work/signing").with(httpBasic("thawatchai", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("(ร่าง) มรด. " + DemoProjects.PROMOTED_NUMBER)
                .contains("href=\"/work/signing/" + signing.getId() + "/announcement.pdf\"");
        mvc.perform(get("/work/signing/{id}/announcement.pdf", signing.getId()).with(httpBasic("thawatchai", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void theOtherThreeTheSourceSaysAreProposedToTheCommitteeWaitForItsVotes() {
        for (String code : DemoProjects.PROPOSED.keySet()) {
            Standard source = registry.findByCode(StandardCode.parse(code)).orElseThrow();
            Standard promoted = registry.findAll().stream().filter(s -> source.id().equals(s.promotedFromId())).findFirst().orElseThrow();
            assertThat(promoted.titleTh()).isEqualTo(source.titleTh());
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(promoted.id()).taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).list())
                    .as(code).extracting(Task::getAssignee).contains("boonmee", "jirapa", "kanya");
        }
    }

    @Test
    void seedingAgainAddsNothing() {
        List<Standard> standards = registry.findAll();
        long instances = historyService.createHistoricProcessInstanceQuery().count();
        long tasks = taskService.createTaskQuery().count();
        Hearing hearing = hearings.latest(project(DemoProjects.UNDER_HEARING).id()).orElseThrow();
        int received = comments.count(hearing.id());

        demoProjects.seed();

        assertThat(registry.findAll()).isEqualTo(standards);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(taskService.createTaskQuery().count()).isEqualTo(tasks);
        assertThat(comments.count(hearing.id())).isEqualTo(received).isEqualTo(4);
    }

    private Standard project(DemoProjects.Project project) {
        List<Standard> found = registry.findAll().stream().filter(s -> project.titleEn().equals(s.titleEn())).toList();
        assertThat(found).as(project.titleEn()).hasSize(1);
        return found.get(0);
    }
}
