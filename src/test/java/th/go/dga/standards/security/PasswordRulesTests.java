package th.go.dga.standards.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

    @Test
    void takesALongPassphraseOfOnesOwn() {
        assertThat(PasswordRules.violations("ช้างเผือกสามเชือกกินหญ้า", "somsri")).isEmpty();
        assertThat(PasswordRules.violations("correct horse battery staple", "somsri")).isEmpty();
        assertThat(PasswordRules.violations("Tq8#vL2m!pR4zW", "admin")).isEmpty();
    }

    @Test
    void refusesAnythingShorterThanTwelveCharacters() {
        assertThat(codes(PasswordRules.violations("demo", "somsri"))).containsExactly("password.too-short");
        assertThat(codes(PasswordRules.violations("a", "somsri"))).containsExactly("password.too-short");
        assertThat(codes(PasswordRules.violations("Tq8#vL2m!pR", "somsri"))).containsExactly("password.too-short");
        assertThat(codes(PasswordRules.violations(null, "somsri"))).containsExactly("password.too-short");
    }

    @Test
    void countsThaiCharactersOneByOne() {
        assertThat(PasswordRules.violations("รหัสผ่านของฉั", "somsri")).isEmpty();
    }

    @Test
    void refusesPasswordsBuiltFromCommonWords() {
        for (String common : List.of("password1234", "Password@1234", "welcome2569!", "administrator", "qwertyuiop12", "adminadminadmin",
                "123456789012", "987654321098", "abcdefghijkl", "aaaaaaaaaaaa", "abababababab", "passwordpassword")) {
            assertThat(codes(PasswordRules.violations(common, "somsri"))).as(common).contains("password.common");
        }
    }

    @Test
    void refusesAPasswordHoldingTheUsersOwnId() {
        assertThat(codes(PasswordRules.violations("somsri-at-dga-2569", "somsri"))).containsExactly("password.user-id");
        assertThat(codes(PasswordRules.violations("SOMSRI-at-dga-2569", "somsri"))).containsExactly("password.user-id");
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
