package th.go.dga.standards.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.Standard;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.STANDARD_ID;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.STANDARD_TITLE;

/** Registers the project and makes its id the business key of the instance. */
@Component("registerProject")
class RegisterProjectDelegate implements JavaDelegate {

    private final ProjectRegistration registration;

    RegisterProjectDelegate(ProjectRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Standard standard = registration.register(ProjectRequest.from(execution.getVariables()));
        execution.setProcessBusinessKey(standard.id());
        execution.setVariable(STANDARD_ID, standard.id());
        execution.setVariable(STANDARD_TITLE, standard.titleTh());
    }
}
