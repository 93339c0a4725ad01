package th.go.dga.standards.demo;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.dga.standards.config.StandardsProperties;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile's check of a database that once ran the demo, on the demo's own database: it names every
 * account that still opens with the demo password, and passes once none does.
 */
class DemoAccountsCheckTests extends ApplicationTestSupport {

    @Autowired
    StandardsProperties properties;

    @Test
    void namesTheAccountsThatStillOpenWithTheDemoPassword() {
        DemoAccountsCheck check = new DemoAccountsCheck(identityService, properties.demo());

        assertThatThrownBy(check::afterSingletonsInstantiated)
                .hasMessageContaining("refuses to start").hasMessageContaining("somsri").hasMessageContaining("thawatchai").hasMessageContaining("admin");

        try {
            DemoUsers.USERS.forEach(u -> setPassword(u.id(), "a different passphrase of 2569"));
            setPassword("admin", "a different passphrase of 2569");
            assertThatCode(check::afterSingletonsInstantiated).doesNotThrowAnyException();
        } finally {
            DemoUsers.USERS.forEach(u -> setPassword(u.id(), "demo"));
            setPassword("admin", "demo");
        }
    }

    private void setPassword(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identityService.saveUser(user);
    }
}
