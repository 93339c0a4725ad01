package th.go.dga.standards.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static th.go.dga.standards.process.PublicHearingProcess.Var.HEARING_ID;

/** The first day of the comment period has come: comments are accepted from now on. */
@Component("openHearing")
class OpenHearingDelegate implements JavaDelegate {

    private final HearingService hearings;

    OpenHearingDelegate(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HearingTimers.set(execution, hearings.open(((Number) execution.getVariable(HEARING_ID)).longValue()));
    }
}
