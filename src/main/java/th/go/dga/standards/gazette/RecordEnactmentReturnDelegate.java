package th.go.dga.standards.gazette;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.validation.Messages;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.*;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.RETURN_REASONS;

/** The committee did not approve, or the chairman sent the standard back: the reasons go back with it. */
@Component("recordEnactmentReturn")
class RecordEnactmentReturnDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        boolean returnedByChair = "RETURN".equals(execution.getVariable(SIGN_DECISION));
        execution.setVariable(ENACTMENT_OUTCOME, returnedByChair
                ? GovernmentStandardEnactmentProcess.OUTCOME_RETURNED : GovernmentStandardEnactmentProcess.OUTCOME_NOT_APPROVED);
        if (returnedByChair) {
            execution.setVariable(RETURN_REASONS, Messages.get("gazette.returned-by-chair", FormValues.text(execution.getVariable(SIGN_NOTE)).orElse("-")));
        }
    }
}
