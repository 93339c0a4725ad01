package th.go.dga.standards.lifecycle;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.taskform.ReasonRequired;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.FINAL_DECISION;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.FINAL_DECISION_NOTE;

/** The committee says why when it sends a draft back or asks for another hearing. */
@Component
class FinalApprovalRule implements TaskInputRule {

    private static final ReasonRequired NOTE = ReasonRequired.unless(FINAL_DECISION, "APPROVE", FINAL_DECISION_NOTE, "final-approval.note-required");

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return StandardLifecycleProcess.KEY.equals(processDefinitionKey) && StandardLifecycleProcess.APPROVE_FINAL_DRAFT.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        return NOTE.check(input);
    }
}
