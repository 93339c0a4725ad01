package th.go.dga.standards.security;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@link PasswordRules} as the engine's password policy, so that the engine itself refuses a weak password whichever
 * way it is set (Admin, Tasklist's profile, the engine's API) and Admin shows the rules. With the demo on, the
 * application may seed the documented demo password (a {@link SeededPassword}, which the demo provides) while no one
 * is logged in — at start, for the demo accounts — and no one may set it afterwards.
 */
@Component
class EnginePasswordPolicy extends AbstractProcessEnginePlugin {

    private final String seededPassword;

    EnginePasswordPolicy(ObjectProvider<SeededPassword> seeded) {
        SeededPassword password = seeded.getIfAvailable();
        this.seededPassword = password == null ? null : password.value();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        BooleanSupplier seeding = () -> configuration.getIdentityService() != null
                && configuration.getIdentityService().getCurrentAuthentication() == null;
        configuration.setPasswordPolicy(policy(seededPassword, seeding));
    }

    static PasswordPolicy policy(String demoPassword, BooleanSupplier seeding) {
        List<PasswordPolicyRule> rules = List.of(
                new Rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", String.valueOf(PasswordRules.MINIMUM_LENGTH)), "password.too-short"),
                new Rule("PASSWORD_POLICY_COMMON", Map.of(), "password.common"),
                new Rule("PASSWORD_POLICY_USER_DATA", Map.of(), "password.user-id"));
        return () -> rules.stream().<PasswordPolicyRule>map(rule -> new DemoSeeding(rule, demoPassword, seeding)).toList();
    }

    /** One of {@link PasswordRules}, by the message code it refuses with. */
    private record Rule(String placeholder, Map<String, String> parameters, String code) implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return placeholder;
        }

        @Override
        public Map<String, String> getParameters() {
            return parameters;
        }

        @Override
        public boolean execute(String password) {
            return execute(password, null);
        }

        @Override
        public boolean execute(String password, User user) {
            return PasswordRules.violations(password, user == null ? null : user.getId()).stream().noneMatch(v -> v.code().equals(code));
        }
    }

    private record DemoSeeding(PasswordPolicyRule rule, String demoPassword, BooleanSupplier seeding) implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return rule.getPlaceholder();
        }

        @Override
        public Map<String, String> getParameters() {
            return rule.getParameters();
        }

        @Override
        public boolean execute(String password) {
            return seeded(password) || rule.execute(password);
        }

        @Override
        public boolean execute(String password, User user) {
            return seeded(password) || rule.execute(password, user);
        }

        private boolean seeded(String password) {
            return demoPassword != null && demoPassword.equals(password) && seeding.getAsBoolean();
        }
    }
}
