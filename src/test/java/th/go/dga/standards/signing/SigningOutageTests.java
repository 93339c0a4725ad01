package th.go.dga.standards.signing;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.document.DocumentType;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A timestamp authority that does not answer puts the signature off: the signer's step is done, the issuing is tried
 * again by the job executor, and when the last try fails it is an incident, with nothing published meanwhile. A key
 * that cannot sign refuses the signature while the signer waits, and the step stays theirs.
 */
@TestPropertySource(properties = {
        "standards.signature.timestamp-authority.url=http://127.0.0.1:9/tsr",
        "standards.signature.timestamp-authority.timeout=PT1S",
        "standards.announcements.retry-cycle=R2/PT1M",
        "standards.signature.chairman.keystore=/nonexistent/chairman.p12",
        "standards.signature.chairman.password=not-there",
        "standards.signature.chairman.alias=chairman"})
class SigningOutageTests extends ApplicationTestSupport {

    @Autowired AnnouncementService announcements;
    @Autowired DocumentService documents;

    @Test
    void aTimestampAuthorityOutageRetriesAndEndsInAnIncidentWithNothingPublished() {
        String id = steps().toDirectorSigning(nextNumber());
        String lifecycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(StandardLifecycleProcess.KEY).singleResult().getId();

        confirmSignature(id, StandardLifecycleProcess.DIRECTOR_SIGNS, "supachai");
        int attempts = 0;
        for (Job job; (job = managementService.createJobQuery().processInstanceId(lifecycle).withRetriesLeft().singleResult()) != null; ) {
            int attempt = ++attempts;
            String jobId = job.getId();
            assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("127.0.0.1:9");
            assertThat(registry.get(id).status()).as("after try %d", attempt).isEqualTo(StandardStatus.AWAITING_SIGNATURE);
            assertThat(announcements.forStandard(id)).as("no number given").isEmpty();
            assertThat(documents.forStandard(id, new Caller("somsri", java.util.Set.of("secretariat"))))
                    .noneMatch(d -> d.type() == DocumentType.ANNOUNCEMENT);
            moveClockTo(now().plus(Duration.ofMinutes(2)));
        }

        assertThat(attempts).as("the first try and the two of the retry cycle").isEqualTo(3);
        List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(lifecycle).list();
        assertThat(incidents).singleElement().satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo("ServiceTask_IssueAnnouncement"));
    }

    @Test
    void aSigningKeyThatCannotSignRefusesTheSignatureAndTheStepStaysOpen() {
        Standard standard = steps().toChairSigning();

        assertThatThrownBy(() -> confirmSignature(standard.id(), GovernmentStandardEnactmentProcess.CHAIR_SIGNS, "thawatchai"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("กุญแจลงนามของตำแหน่งประธานกรรมการพัฒนารัฐบาลดิจิทัล");

        assertThat(task(standard.id(), GovernmentStandardEnactmentProcess.CHAIR_SIGNS)).isNotNull();
        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.AWAITING_SIGNATURE);
        assertThat(announcements.forStandard(standard.id())).isEmpty();
    }
}
