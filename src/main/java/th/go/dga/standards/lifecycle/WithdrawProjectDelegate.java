package th.go.dga.standards.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.WITHDRAWAL_REASON;

/** Records the withdrawal once the project's process has been interrupted. */
@Component("withdrawProject")
class WithdrawProjectDelegate implements JavaDelegate {

    private final WithdrawalService withdrawals;

    WithdrawProjectDelegate(WithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawals.complete(execution.getProcessBusinessKey(), FormValues.text(execution.getVariable(WITHDRAWAL_REASON)).orElse("-"));
    }
}
