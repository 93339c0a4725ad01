package th.go.dga.standards.lifecycle;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.FINAL_DECISION;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.FINAL_DECISION_NOTE;
import th.go.dga.standards.process.StandardLifecycleProcess;

/** The committee says why when it sends a draft back or asks for another hearing. */
@Component
class FinalApprovalRule implements TaskInputRule {

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return StandardLifecycleProcess.KEY.equals(processDefinitionKey) && StandardLifecycleProcess.APPROVE_FINAL_DRAFT.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        boolean notApproved = input.text(FINAL_DECISION).filter(d -> !"APPROVE".equals(d)).isPresent();
        return notApproved && input.text(FINAL_DECISION_NOTE).isEmpty()
                ? List.of(Violation.of(FINAL_DECISION_NOTE, "final-approval.note-required"))
                : List.of();
    }
}
