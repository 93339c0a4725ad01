package th.go.dga.standards.hearing;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import th.go.dga.standards.time.BuddhistEra;

import static th.go.dga.standards.process.PublicHearingProcess.Var.*;

/** The variables the hearing's timers and forms read, always derived from the stored schedule. */
final class HearingTimers {

    private HearingTimers() {
    }

    static void set(VariableScope scope, Hearing hearing) {
        scope.setVariable(HEARING_ID, hearing.id());
        scope.setVariable(COMMENTS_OPEN_AT, Date.from(hearing.window().opensAt()));
        scope.setVariable(COMMENTS_CLOSE_AT, Date.from(hearing.window().closesAt()));
        scope.setVariable(MEETING_ENDS_AT, Date.from(hearing.window().meetingEnd()));
        scope.setVariable(COMMENT_PERIOD_END_TEXT, BuddhistEra.format(hearing.window().commentPeriodEnd()));
    }
}
