package th.go.dga.standards.document;

import java.util.Set;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.security.Caller;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentAccessTests {

    private static final Standard PROCESS_DRAFT = new Standard("STD-00042", StandardKind.MSPR, 6, 5, null, "ร่าง", null, null,
            "DIGITAL_PROCESS", "wg-process", "twg-process", StandardStatus.DRAFTING, null, null, null, null, null, null);

    @Test
    void aHearingIsPublicFromItsOpeningOn() {
        assertThat(HearingStatus.values()).filteredOn(DocumentAccess::isPublic).containsExactlyInAnyOrder(HearingStatus.OPEN, HearingStatus.CLOSED);
    }

    @Test
    void aStandardIsPublicOnceSignedAndPublished() {
        assertThat(StandardStatus.values()).filteredOn(DocumentAccess::isPublic)
                .containsExactlyInAnyOrder(StandardStatus.PUBLISHED, StandardStatus.IN_FORCE, StandardStatus.SUPERSEDED);
    }

    @Test
    void thePublicReadsOnlyWhatIsPublicAndUsersReadEverything() {
        Caller user = new Caller("chaiwat", Set.of("twg-process"));

        assertThat(DocumentAccess.mayRead(Caller.ANONYMOUS, true)).isTrue();
        assertThat(DocumentAccess.mayRead(Caller.ANONYMOUS, false)).isFalse();
        assertThat(DocumentAccess.mayRead(user, false)).isTrue();
    }

    @Test
    void theSecretariatAndTheWorkingGroupUpload() {
        assertThat(DocumentAccess.mayUpload(new Caller("somsri", Set.of("secretariat")), PROCESS_DRAFT)).isTrue();
        assertThat(DocumentAccess.mayUpload(new Caller("anan", Set.of("wg-process")), PROCESS_DRAFT)).isTrue();
        assertThat(DocumentAccess.mayUpload(new Caller("kittipong", Set.of("wg-security")), PROCESS_DRAFT)).isFalse();
        assertThat(DocumentAccess.mayUpload(new Caller("chaiwat", Set.of("twg-process")), PROCESS_DRAFT)).isFalse();
        assertThat(DocumentAccess.mayUpload(Caller.ANONYMOUS, PROCESS_DRAFT)).isFalse();
    }
}
