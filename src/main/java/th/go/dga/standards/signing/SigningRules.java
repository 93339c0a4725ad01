package th.go.dga.standards.signing;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.signature.PdfSignatures;
import th.go.dga.standards.signature.SigningRole;
import th.go.dga.standards.taskform.PasswordConfirmation;
import th.go.dga.standards.taskform.ReasonRequired;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.taskform.TaskWork;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.SIGN_DECISION;
import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.SIGN_NOTE;

/**
 * A signer who sends a standard back says why: the committee reconsiders it from that. A person who signs confirms
 * it with their password entered again at the signature; the application's own completions (the demo's data, a
 * process test) have no person acting. A signature is accepted only while the key of the signer's office can sign.
 */
@Component
class SigningRules implements TaskInputRule {

    private static final ReasonRequired NOTE = ReasonRequired.when(SIGN_DECISION, "RETURN", SIGN_NOTE, "signing.note-required");

    private final IdentityService identityService;
    private final PdfSignatures signatures;

    SigningRules(IdentityService identityService, PdfSignatures signatures) {
        this.identityService = identityService;
        this.signatures = signatures;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return SignSteps.signs(processDefinitionKey, activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        List<Violation> violations = new ArrayList<>(NOTE.check(input));
        if ("SIGN".equals(input.get(SIGN_DECISION))) {
            if (personActing() && !PasswordConfirmation.confirmed()) {
                violations.add(Violation.of(TaskWork.PASSWORD, "signing.password-required"));
            }
            SigningRole role = StandardLifecycleProcess.KEY.equals(input.processDefinitionKey()) ? SigningRole.DIRECTOR : SigningRole.CHAIRMAN;
            if (!signatures.ready(role)) {
                violations.add(Violation.of(null, "signing.key-unavailable", role.titleThai()));
            }
        }
        return violations;
    }

    private boolean personActing() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null;
    }
}
