package th.go.dga.standards.hearing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * Moving a hearing's meeting: the stored schedule, the process's timer for the meeting's end and everyone who
 * registered ({@link MeetingMoved}) all follow, in one transaction.
 */
@Service
@Transactional
public class MeetingMoves {

    public static final String MEETING_LINK = "meetingLink";

    private final HearingService hearings;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final EngineAccess engine;
    private final ApplicationEventPublisher events;

    MeetingMoves(HearingService hearings, RuntimeService runtime, ManagementService management, EngineAccess engine,
                 ApplicationEventPublisher events) {
        this.hearings = hearings;
        this.runtime = runtime;
        this.management = management;
        this.engine = engine;
        this.events = events;
    }

    /**
     * Moves the meeting to a new time, and to a new link if one is given.
     *
     * @throws InvalidInputException  when the new time is missing, ends before it starts, starts in the past or lies
     *                                outside the comment period, or the link is not a web address
     * @throws StateConflictException when the hearing has closed or been cancelled, or its meeting has been held
     */
    public Hearing move(long hearingId, Instant start, Instant end, String link) {
        Hearing hearing = hearings.get(hearingId);
        Instant now = EngineTime.now();
        if (hearing.status() == HearingStatus.CLOSED || hearing.status() == HearingStatus.CANCELLED) {
            throw new StateConflictException("hearing.meeting-not-movable", hearing.round(), hearing.status().name());
        }
        if (hearing.window().meetingOverAt(now)) {
            throw new StateConflictException("hearing.meeting-held", hearing.round(), BuddhistEra.format(hearing.window().meetingEnd()))
                    .with("meetingEnd", hearing.window().meetingEnd());
        }
        String newLink = link == null || link.isBlank() ? null : link.strip();
        List<Violation> violations = violations(hearing.window(), start, end, newLink, now);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int sequence = hearings.storeMeeting(hearing, start, end, newLink);
        moveTimer(hearingId, end);
        Hearing moved = hearings.get(hearingId);
        events.publishEvent(new MeetingMoved(moved, hearing.window().meetingStart(), hearing.window().meetingEnd(), sequence));
        return moved;
    }

    /** What is wrong with a new meeting time: the rules of scheduling, for the meeting alone. */
    static List<Violation> violations(HearingWindow window, Instant start, Instant end, String link, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (start == null) {
            violations.add(Violation.of(HearingWindow.MEETING_START, "form.required", HearingWindow.MEETING_START));
        }
        if (end == null) {
            violations.add(Violation.of(HearingWindow.MEETING_END, "form.required", HearingWindow.MEETING_END));
        }
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                violations.add(Violation.of(HearingWindow.MEETING_END, "hearing.meeting-end-before-start"));
            } else if (end.isAfter(window.closesAt())) {
                violations.add(Violation.of(HearingWindow.MEETING_END, "hearing.meeting-after-period", BuddhistEra.format(window.commentPeriodEnd())));
            } else if (start.isBefore(window.opensAt())) {
                violations.add(Violation.of(HearingWindow.MEETING_START, "hearing.meeting-outside",
                        BuddhistEra.format(window.commentPeriodStart()), BuddhistEra.format(window.commentPeriodEnd())));
            }
        }
        if (start != null && !start.isAfter(now)) {
            violations.add(Violation.of(HearingWindow.MEETING_START, "hearing.meeting-in-past"));
        }
        if (link != null && !TextCharacters.check(violations, MEETING_LINK, link, Violation.label("meeting-link")) && !webAddress(link)) {
            violations.add(Violation.of(MEETING_LINK, "hearing.meeting-link-invalid"));
        }
        return violations;
    }

    /** The hearing's process, if it has one, waits for the meeting's new end. */
    private void moveTimer(long hearingId, Instant end) {
        engine.withoutAuthorization(() -> {
            for (ProcessInstance process : runtime.createProcessInstanceQuery().processDefinitionKey(PublicHearingProcess.KEY)
                    .variableValueEquals(PublicHearingProcess.Var.HEARING_ID, hearingId).list()) {
                // a hearing not open yet reads the variable when its meeting timer starts; an open one has the job already
                runtime.setVariable(process.getId(), PublicHearingProcess.Var.MEETING_ENDS_AT, Date.from(end));
                for (Job timer : management.createJobQuery().processInstanceId(process.getId())
                        .activityId(PublicHearingProcess.MEETING_ENDS).list()) {
                    management.setJobDuedate(timer.getId(), Date.from(end));
                }
            }
            return null;
        });
    }

    private static boolean webAddress(String link) {
        try {
            URI uri = new URI(link);
            return link.length() <= 1000 && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
