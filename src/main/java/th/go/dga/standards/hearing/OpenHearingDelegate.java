package th.go.dga.standards.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static th.go.dga.standards.process.PublicHearingProcess.Var.HEARING_ID;
import static th.go.dga.standards.process.PublicHearingProcess.Var.LEGAL_DATE_REACHED;

/**
 * The first day of the comment period has come: comments are accepted from now on. A timer made to fire early waits
 * again for the stored first day.
 */
@Component("openHearing")
class OpenHearingDelegate implements JavaDelegate {

    private final HearingService hearings;

    OpenHearingDelegate(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long hearingId = ((Number) execution.getVariable(HEARING_ID)).longValue();
        boolean opened = hearings.openIfDue(hearingId);
        HearingTimers.set(execution, hearings.get(hearingId));
        execution.setVariable(LEGAL_DATE_REACHED, opened);
    }
}
