package th.go.dga.standards.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import th.go.dga.standards.security.SeededPassword;

/** With the demo on, the demo users are seeded with the demo password, which the password policy lets through then. */
@Component
@ConditionalOnProperty(name = "standards.demo.enabled", havingValue = "true")
class DemoPassword implements SeededPassword {

    private final String password;

    DemoPassword(DemoSettings settings) {
        this.password = settings.password();
    }

    @Override
    public String value() {
        return password;
    }
}
