package th.go.dga.standards.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;


/**
 * In production, refuses to start while an account of the demo, or the administrator, still opens with the demo
 * password: a database once started with the demo must have those accounts removed or their passwords changed.
 * Runs once the engine is up and before the server takes requests.
 */
@Component
@Profile("production")
class DemoAccountsCheck implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";

    private final IdentityService identityService;
    private final String configuredDemoPassword;

    DemoAccountsCheck(IdentityService identityService, DemoSettings settings) {
        this.identityService = identityService;
        this.configuredDemoPassword = settings.password();
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> open = new ArrayList<>();
        Stream.concat(DemoUsers.USERS.stream().map(DemoUsers.User::id), Stream.of("admin")).distinct()
                .filter(id -> identityService.createUserQuery().userId(id).count() == 1)
                .filter(id -> Stream.of(DEMO_PASSWORD, configuredDemoPassword).distinct().anyMatch(p -> p != null && identityService.checkPassword(id, p)))
                .forEach(open::add);
        if (!open.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: these accounts open with the demo password: "
                    + String.join(", ", open));
        }
    }
}
