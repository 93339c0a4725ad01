package th.go.dga.standards.gazette;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.ENACTMENT_OUTCOME;

/** The effective date has come: the standard is in force. A timer made to fire early waits again for that date. */
@Component("bringIntoForce")
class BringIntoForceDelegate implements JavaDelegate {

    private final GazetteService gazette;

    BringIntoForceDelegate(GazetteService gazette) {
        this.gazette = gazette;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean inForce = gazette.bringIntoForceIfDue(execution.getProcessBusinessKey());
        execution.setVariable(GovernmentStandardEnactmentProcess.Var.LEGAL_DATE_REACHED, inForce);
        if (inForce) {
            execution.setVariable(ENACTMENT_OUTCOME, GovernmentStandardEnactmentProcess.OUTCOME_IN_FORCE);
        } else {
            execution.setVariable(GovernmentStandardEnactmentProcess.Var.EFFECTIVE_AT, Date.from(gazette.effectiveAt(execution.getProcessBusinessKey())));
        }
    }
}
