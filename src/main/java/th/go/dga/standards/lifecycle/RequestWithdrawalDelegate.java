package th.go.dga.standards.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.STANDARD_ID;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.WITHDRAWAL_REASON;

/** Passes the secretariat's withdrawal request from Tasklist to the project's process. */
@Component("requestWithdrawal")
class RequestWithdrawalDelegate implements JavaDelegate {

    private final WithdrawalService withdrawals;

    RequestWithdrawalDelegate(WithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String standardId = FormValues.text(execution.getVariable(STANDARD_ID)).orElse(null);
        execution.setProcessBusinessKey(standardId);
        withdrawals.request(standardId, FormValues.text(execution.getVariable(WITHDRAWAL_REASON)).orElse(null));
    }
}
