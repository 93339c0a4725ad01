package th.go.dga.standards.gazette;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.SUBMISSION_REF;
import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.SUBMITTED_ON;

/** Records the submission to the Royal Gazette. */
@Component("recordGazetteSubmission")
class RecordGazetteSubmissionDelegate implements JavaDelegate {

    private final GazetteService gazette;

    RecordGazetteSubmissionDelegate(GazetteService gazette) {
        this.gazette = gazette;
    }

    @Override
    public void execute(DelegateExecution execution) {
        gazette.recordSubmission(execution.getProcessBusinessKey(),
                FormValues.date(execution.getVariable(SUBMITTED_ON)).orElseThrow(),
                FormValues.text(execution.getVariable(SUBMISSION_REF)).orElseThrow());
    }
}
