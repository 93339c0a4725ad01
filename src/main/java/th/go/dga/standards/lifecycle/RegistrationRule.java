package th.go.dga.standards.lifecycle;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

/** The registration form: groups that exist, and a revised standard that can be revised. */
@Component
class RegistrationRule implements TaskInputRule {

    private final ProjectRegistration registration;

    RegistrationRule(ProjectRegistration registration) {
        this.registration = registration;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return StandardLifecycleProcess.KEY.equals(processDefinitionKey) && StandardLifecycleProcess.PROJECT_REGISTERED.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        return registration.violations(ProjectRequest.from(input.values()));
    }
}
