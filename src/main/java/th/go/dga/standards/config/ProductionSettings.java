package th.go.dga.standards.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import th.go.dga.standards.security.PasswordRules;

/**
 * Refuses to start the {@code production} profile with the demo data or a password anyone could guess: before
 * anything else is built, so that not even the first administrator is created with it.
 */
public class ProductionSettings implements EnvironmentPostProcessor {

    static final String PROFILE = "production";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> problems = problems(environment.getProperty("standards.demo.enabled", Boolean.class, false),
                environment.getProperty("standards.demo.password"), environment.getProperty("camunda.bpm.admin-user.password"),
                environment.getProperty("camunda.bpm.admin-user.id", "admin"));
        if (environment.getProperty("standards.signature.demo-keys", Boolean.class, true)) {
            problems.add("standards.signature.demo-keys is true: announcements would be signed with the demo's keys");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: " + String.join("; ", problems));
        }
    }

    static List<String> problems(boolean demoEnabled, String demoPassword, String adminPassword, String adminUser) {
        List<String> problems = new ArrayList<>();
        if (demoEnabled) {
            problems.add("standards.demo.enabled is true: the demo users' password is in the README");
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            problems.add("ADMIN_PASSWORD is not set");
        } else if (adminPassword.equals(demoPassword)) {
            problems.add("ADMIN_PASSWORD is a known default password");
        } else {
            PasswordRules.violations(adminPassword, adminUser).forEach(v -> problems.add("ADMIN_PASSWORD: " + v.message(Locale.ENGLISH)));
        }
        return problems;
    }
}
