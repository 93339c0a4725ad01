package th.go.dga.standards.signing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.StandardRegistry;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.ANNOUNCEMENT_NUMBER;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.SIGNED_BY;
import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.STANDARD_CODE;

/** The director has signed: the announcement is issued in the same transaction as the signature. */
@Component("issueAnnouncement")
class IssueAnnouncementDelegate implements JavaDelegate {

    private final AnnouncementService announcements;
    private final StandardRegistry registry;

    IssueAnnouncementDelegate(AnnouncementService announcements, StandardRegistry registry) {
        this.announcements = announcements;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Announcement announcement = announcements.issue(execution.getProcessBusinessKey(), (String) execution.getVariable(SIGNED_BY));
        execution.setVariable(ANNOUNCEMENT_NUMBER, announcement.number().format());
        execution.setVariable(STANDARD_CODE, registry.get(execution.getProcessBusinessKey()).displayCode());
    }
}
