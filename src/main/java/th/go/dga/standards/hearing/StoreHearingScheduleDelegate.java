package th.go.dga.standards.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.validation.InvalidInputException;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.HEARING_BACKGROUND;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.MEETING_LINK;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.REGISTRATION_LINK;

/** Stores the schedule; the hearing process's timers read their moments from it. */
@Component("storeHearingSchedule")
class StoreHearingScheduleDelegate implements JavaDelegate {

    private final HearingService hearings;

    StoreHearingScheduleDelegate(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HearingWindow window = HearingScheduleInput.window(execution.getVariables())
                .orElseThrow(() -> new InvalidInputException(HearingScheduleInput.unreadable(execution.getVariables())));
        Hearing hearing = hearings.schedule(execution.getProcessBusinessKey(), window,
                FormValues.text(execution.getVariable(MEETING_LINK)).orElseThrow(),
                FormValues.text(execution.getVariable(REGISTRATION_LINK)).orElseThrow(),
                FormValues.text(execution.getVariable(HEARING_BACKGROUND)).orElse(null));
        HearingTimers.set(execution, hearing);
    }
}
