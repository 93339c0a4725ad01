package th.go.dga.standards.lifecycle;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.ProjectWithdrawalProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

/** The withdrawal form: an existing project that has not been signed, and a reason. */
@Component
class WithdrawalRule implements TaskInputRule {

    private final WithdrawalService withdrawals;

    WithdrawalRule(WithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return ProjectWithdrawalProcess.KEY.equals(processDefinitionKey) && ProjectWithdrawalProcess.WITHDRAWAL_REQUESTED.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        return input.text(StandardLifecycleProcess.Var.STANDARD_ID)
                .map(id -> withdrawals.violations(id, input.text(StandardLifecycleProcess.Var.WITHDRAWAL_REASON).orElse(null)))
                .orElse(List.of());
    }
}
