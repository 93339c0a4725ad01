package th.go.dga.standards.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.PublicHearingProcess.Var.*;

/** Keeps the slides and the recording of the meeting with its hearing. */
@Component("recordMeetingMaterials")
class RecordMeetingMaterialsDelegate implements JavaDelegate {

    private final HearingService hearings;

    RecordMeetingMaterialsDelegate(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hearings.recordMaterials(((Number) execution.getVariable(HEARING_ID)).longValue(),
                FormValues.text(execution.getVariable(SLIDES_REF)).orElse(null),
                FormValues.text(execution.getVariable(RECORDING_LINK)).orElse(null),
                FormValues.text(execution.getVariable(MATERIALS_NOTE)).orElse(null));
    }
}
