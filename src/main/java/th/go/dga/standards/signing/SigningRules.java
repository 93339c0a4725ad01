package th.go.dga.standards.signing;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.taskform.ReasonRequired;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.SIGN_DECISION;
import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.SIGN_NOTE;

/** A signer who sends a standard back says why: the committee reconsiders it from that. */
@Component
class SigningRules implements TaskInputRule {

    private static final ReasonRequired NOTE = ReasonRequired.when(SIGN_DECISION, "RETURN", SIGN_NOTE, "signing.note-required");

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return StandardLifecycleProcess.KEY.equals(processDefinitionKey) && StandardLifecycleProcess.DIRECTOR_SIGNS.equals(activityId)
                || GovernmentStandardEnactmentProcess.KEY.equals(processDefinitionKey) && GovernmentStandardEnactmentProcess.CHAIR_SIGNS.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        return NOTE.check(input);
    }
}
