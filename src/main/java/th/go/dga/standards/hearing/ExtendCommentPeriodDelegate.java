package th.go.dga.standards.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.PublicHearingProcess.Var.*;

/** Records an extension; the closing timer is created again from the new end when the task comes back. */
@Component("extendCommentPeriod")
class ExtendCommentPeriodDelegate implements JavaDelegate {

    private final HearingService hearings;

    ExtendCommentPeriodDelegate(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Hearing hearing = hearings.extend(((Number) execution.getVariable(HEARING_ID)).longValue(),
                FormValues.date(execution.getVariable(NEW_COMMENT_PERIOD_END)).orElseThrow(),
                FormValues.text(execution.getVariable(EXTENSION_REASON)).orElse(null));
        HearingTimers.set(execution, hearing);
        execution.removeVariable(NEW_COMMENT_PERIOD_END);
        execution.removeVariable(EXTENSION_REASON);
    }
}
