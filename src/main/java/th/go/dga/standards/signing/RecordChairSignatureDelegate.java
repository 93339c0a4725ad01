package th.go.dga.standards.signing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.ANNOUNCEMENT_NUMBER;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.SIGNED_BY;
import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.STANDARD_CODE;

/** The chairman has signed: the standard gets its code and waits for the Royal Gazette. */
@Component("recordChairSignature")
class RecordChairSignatureDelegate implements JavaDelegate {

    private final ChairSignatureService signatures;

    RecordChairSignatureDelegate(ChairSignatureService signatures) {
        this.signatures = signatures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChairSignatureService.Signed signed = signatures.sign(execution.getProcessBusinessKey(), (String) execution.getVariable(SIGNED_BY));
        execution.setVariable(STANDARD_CODE, signed.code().format());
        execution.setVariable(ANNOUNCEMENT_NUMBER, signed.announcement().number().format());
    }
}
