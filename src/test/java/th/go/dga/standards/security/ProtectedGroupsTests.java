package th.go.dga.standards.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectedGroupsTests {

    @Test
    void protectsTheGroupsThatSignVoteOrAdminister() {
        assertThat(List.of("director", "dgdc-chair", "dgdc", "drafting-committee", "twg-data", "twg-new-domain", "admin", "camunda-admin"))
                .allMatch(ProtectedGroups::isProtected);
    }

    @Test
    void leavesTheWorkingGroupsAndTheSecretariatToTheAdministrator() {
        assertThat(List.of("secretariat", "wg-data", "wg-security", "a-new-group")).noneMatch(ProtectedGroups::isProtected);
        assertThat(ProtectedGroups.isProtected(null)).isFalse();
    }

    @Test
    void protectsAMemberOfAnyProtectedGroup() {
        assertThat(ProtectedGroups.anyProtected(List.of("wg-data", "twg-data"))).isTrue();
        assertThat(ProtectedGroups.anyProtected(List.of("wg-data", "secretariat"))).isFalse();
    }
}
