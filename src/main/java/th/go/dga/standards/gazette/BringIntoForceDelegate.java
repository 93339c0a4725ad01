package th.go.dga.standards.gazette;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.ENACTMENT_OUTCOME;

/** The effective date has come: the standard is in force. */
@Component("bringIntoForce")
class BringIntoForceDelegate implements JavaDelegate {

    private final GazetteService gazette;

    BringIntoForceDelegate(GazetteService gazette) {
        this.gazette = gazette;
    }

    @Override
    public void execute(DelegateExecution execution) {
        gazette.bringIntoForce(execution.getProcessBusinessKey());
        execution.setVariable(ENACTMENT_OUTCOME, GovernmentStandardEnactmentProcess.OUTCOME_IN_FORCE);
    }
}
