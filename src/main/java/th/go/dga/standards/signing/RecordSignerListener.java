package th.go.dga.standards.signing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.process.StandardLifecycleProcess;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.SIGNED_BY;
import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.SIGN_DECISION;

/**
 * Keeps who signed when the sign step completes: the announcement is issued afterwards by the job executor, where
 * no user is acting. A signature the standard's status no longer allows is refused here, while the signer waits.
 */
@Component("recordSigner")
class RecordSignerListener implements TaskListener {

    private final CurrentUser currentUser;
    private final AnnouncementService announcements;

    RecordSignerListener(CurrentUser currentUser, AnnouncementService announcements) {
        this.currentUser = currentUser;
        this.announcements = announcements;
    }

    @Override
    public void notify(DelegateTask task) {
        if (StandardLifecycleProcess.DIRECTOR_SIGNS.equals(task.getTaskDefinitionKey()) && "SIGN".equals(task.getVariable(SIGN_DECISION))) {
            announcements.signable(task.getExecution().getProcessBusinessKey());
        }
        task.setVariable(SIGNED_BY, currentUser.idOr(task.getAssignee()));
    }
}
