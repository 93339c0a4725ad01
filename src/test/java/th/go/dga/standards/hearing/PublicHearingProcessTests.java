package th.go.dga.standards.hearing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ProcessCoverage;
import th.go.dga.standards.support.ProcessTestSupport;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.dga.standards.process.PublicHearingProcess.*;

class PublicHearingProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage extends ProcessEngineCoverageConfiguration {
        @Bean
        @Override
        public ProcessEngineCoverageProperties defaultCoverageProperties() {
            return ProcessCoverage.only(KEY);
        }
    }

    /** Comments from Monday 30 November to Thursday 31 December 2569; the meeting on 10 December, 13:30–15:30. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 30);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    static final Instant MEETING_START = OffsetDateTime.parse("2026-12-10T13:30+07:00").toInstant();
    static final Instant MEETING_END = OffsetDateTime.parse("2026-12-10T15:30+07:00").toInstant();

    @Autowired
    HearingService hearings;
    @Autowired
    CommentService comments;

    @Test
    void opensOnTheFirstDayTakesCommentsAndClosesAfterTheLastDay() {
        Standard standard = registeredProject(StandardKind.MSPR);
        Hearing hearing = schedule(standard);
        ProcessInstance process = start(standard, hearing);

        assertThat(process).isWaitingAt(COMMENT_PERIOD_OPENS);
        assertThatThrownBy(() -> comments.submit(hearing.id(), comment("ยังไม่เปิด")))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("30 พฤศจิกายน 2569");

        moveClockAndRunJobs(BuddhistEra.startOfDay(FIRST_DAY).toInstant());

        assertThat(process).hasPassed(OPEN_HEARING).isWaitingAt(EXTEND_COMMENT_PERIOD, MEETING_ENDS);
        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.HEARING_OPEN);
        Comment first = comments.submit(hearing.id(), comment("ข้อ 5.1 ควรระบุระดับความเสี่ยง"));
        comments.submit(hearing.id(), comment("ควรมีตัวอย่างประกอบ"));
        assertThat(first.referenceNo()).matches("C2569-\\d{6}");

        moveClockAndRunJobs(MEETING_END);
        assertThat(process).isWaitingAt(ATTACH_MEETING_MATERIALS, EXTEND_COMMENT_PERIOD);
        submit(standard.id(), ATTACH_MEETING_MATERIALS, "somsri", values(Var.SLIDES_REF, "https://example.org/slides.pdf",
                Var.RECORDING_LINK, "https://example.org/recording"));
        assertThat(hearings.get(hearing.id()).slidesRef()).isEqualTo("https://example.org/slides.pdf");

        moveClockAndRunJobs(OffsetDateTime.parse("2026-12-31T23:59+07:00").toInstant());
        assertThat(process).isActive();
        comments.submit(hearing.id(), comment("ความคิดเห็นนาทีสุดท้าย"));

        moveClockAndRunJobs(BuddhistEra.startOfDay(LAST_DAY.plusDays(1)).toInstant());

        assertThat(process).isEnded().hasPassed(COMMENT_PERIOD_ENDS, CLOSE_HEARING, HEARING_CLOSED);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(Var.COMMENT_COUNT).singleResult().getValue()).isEqualTo(3);
        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.HEARING_CLOSED);
        assertThatThrownBy(() -> comments.submit(hearing.id(), comment("สายไปแล้ว")))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("ปิดรับฟังความคิดเห็นแล้ว").hasMessageContaining("31 ธันวาคม 2569");
        assertThat(comments.count(hearing.id())).isEqualTo(3);
    }

    @Test
    void timersMadeToFireEarlyNeitherOpenNorCloseTheHearingBeforeItsStoredDates() {
        Standard standard = registeredProject(StandardKind.MSPR);
        Hearing hearing = schedule(standard);
        ProcessInstance process = start(standard, hearing);
        moveClockTo(OffsetDateTime.parse("2026-11-20T10:00+07:00").toInstant());

        fireNow(process, COMMENT_PERIOD_OPENS);

        assertThat(process).hasPassed(OPEN_HEARING, COMMENT_PERIOD_OPENED).isWaitingAt(COMMENT_PERIOD_OPENS);
        assertThat(hearings.get(hearing.id()).status()).isEqualTo(HearingStatus.SCHEDULED);
        assertThat(timer(process, COMMENT_PERIOD_OPENS).getDuedate().toInstant()).isEqualTo(BuddhistEra.startOfDay(FIRST_DAY).toInstant());

        moveClockAndRunJobs(BuddhistEra.startOfDay(FIRST_DAY).toInstant());
        assertThat(hearings.get(hearing.id()).status()).isEqualTo(HearingStatus.OPEN);

        fireNow(process, COMMENT_PERIOD_ENDS);

        assertThat(process).hasPassed(CLOSE_HEARING, COMMENT_PERIOD_ENDED).isWaitingAt(EXTEND_COMMENT_PERIOD);
        assertThat(hearings.get(hearing.id()).status()).isEqualTo(HearingStatus.OPEN);
        assertThat(timer(process, COMMENT_PERIOD_ENDS).getDuedate().toInstant()).isEqualTo(BuddhistEra.startOfDay(LAST_DAY.plusDays(1)).toInstant());
        assertThat(comments.submit(hearing.id(), comment("ยังส่งได้ตามกำหนดเดิม")).referenceNo()).isNotBlank();

        moveClockAndRunJobs(BuddhistEra.startOfDay(LAST_DAY.plusDays(1)).toInstant());
        assertThat(hearings.get(hearing.id()).status()).isEqualTo(HearingStatus.CLOSED);
    }

    /** Makes a timer due now and runs it, as a retry with a due date through the engine's API would. */
    private void fireNow(ProcessInstance process, String timerId) {
        managementService.setJobDuedate(timer(process, timerId).getId(), Date.from(now()));
        managementService.executeJob(timer(process, timerId).getId());
    }

    private Job timer(ProcessInstance process, String timerId) {
        return managementService.createJobQuery().processInstanceId(process.getId()).activityId(timerId).singleResult();
    }

    @Test
    void anExtensionMovesTheClosingTimerAndIsRecorded() {
        Standard standard = registeredProject(StandardKind.MSPR);
        Hearing hearing = schedule(standard);
        ProcessInstance process = start(standard, hearing);
        moveClockAndRunJobs(BuddhistEra.startOfDay(FIRST_DAY).toInstant());

        submit(standard.id(), EXTEND_COMMENT_PERIOD, "wichai",
                values(Var.NEW_COMMENT_PERIOD_END, "2027-01-15", Var.EXTENSION_REASON, "หน่วยงานขอเวลาเพิ่มช่วงปีใหม่"));

        assertThat(process).isWaitingAt(EXTEND_COMMENT_PERIOD);
        Job closing = managementService.createJobQuery().processInstanceId(process.getId()).activityId(COMMENT_PERIOD_ENDS).singleResult();
        assertThat(closing.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2027-01-16T00:00+07:00").toInstant());
        assertThat(hearings.extensions(hearing.id())).singleElement().satisfies(e -> {
            assertThat(e.previousEnd()).isEqualTo(LAST_DAY);
            assertThat(e.newEnd()).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(e.reason()).isEqualTo("หน่วยงานขอเวลาเพิ่มช่วงปีใหม่");
            assertThat(e.extendedBy()).isEqualTo("wichai");
        });

        moveClockAndRunJobs(BuddhistEra.startOfDay(LAST_DAY.plusDays(2)).toInstant());
        assertThat(comments.submit(hearing.id(), comment("ยังทันหลังขยายเวลา")).referenceNo()).isNotBlank();

        moveClockAndRunJobs(MEETING_END.plus(Duration.ofDays(60)));
        assertThat(process).isWaitingAt(ATTACH_MEETING_MATERIALS);
        assertThat(hearings.get(hearing.id()).status()).isEqualTo(HearingStatus.CLOSED);
        submit(standard.id(), ATTACH_MEETING_MATERIALS, "somsri", values());
        assertThat(process).isEnded();
    }

    @Test
    void refusesAnExtensionThatDoesNotEndLater() {
        Standard standard = registeredProject(StandardKind.MSPR);
        Hearing hearing = schedule(standard);
        start(standard, hearing);
        moveClockAndRunJobs(BuddhistEra.startOfDay(FIRST_DAY).toInstant());

        assertThatThrownBy(() -> submit(standard.id(), EXTEND_COMMENT_PERIOD, "wichai",
                values(Var.NEW_COMMENT_PERIOD_END, "2026-12-20", Var.EXTENSION_REASON, "ลดเวลา")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(Var.NEW_COMMENT_PERIOD_END).hasMessageContaining("31 ธันวาคม 2569");
        assertThatThrownBy(() -> submit(standard.id(), EXTEND_COMMENT_PERIOD, "wichai", values(Var.NEW_COMMENT_PERIOD_END, "2027-01-15")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.EXTENSION_REASON);

        assertThat(hearings.extensions(hearing.id())).isEmpty();
        assertThat(hearings.get(hearing.id()).window().commentPeriodEnd()).isEqualTo(LAST_DAY);
    }

    @Test
    void refusesMaterialsThatAreNotLinks() {
        Standard standard = registeredProject(StandardKind.MSPR);
        start(standard, schedule(standard));
        moveClockAndRunJobs(MEETING_END);

        assertThatThrownBy(() -> submit(standard.id(), ATTACH_MEETING_MATERIALS, "somsri", values(Var.RECORDING_LINK, "javascript:alert(1)")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.RECORDING_LINK);
    }

    private Hearing schedule(Standard standard) {
        return hearings.schedule(standard.id(), new HearingWindow(FIRST_DAY, LAST_DAY, MEETING_START, MEETING_END),
                "https://teams.example.org/meeting", "https://forms.example.org/register", "ความเป็นมาและวัตถุประสงค์");
    }

    private ProcessInstance start(Standard standard, Hearing hearing) {
        Map<String, Object> variables = new HashMap<>(Map.of("standardId", standard.id(), "standardTitle", standard.titleTh(),
                Var.HEARING_ID, hearing.id(),
                Var.COMMENTS_OPEN_AT, Date.from(hearing.window().opensAt()),
                Var.COMMENTS_CLOSE_AT, Date.from(hearing.window().closesAt()),
                Var.MEETING_ENDS_AT, Date.from(hearing.window().meetingEnd())));
        return runtimeService.startProcessInstanceByKey(KEY, standard.id(), variables);
    }

    private static NewComment comment(String text) {
        return new NewComment("ร่างมาตรฐาน", "5.1", CommentType.TECHNICAL, text, null, "ผู้แสดงความคิดเห็น", "กรมตัวอย่าง",
                "commenter@example.org", "1.0");
    }
}
