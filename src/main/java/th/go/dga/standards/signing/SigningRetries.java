package th.go.dga.standards.signing;

import org.springframework.stereotype.Component;

/** The retry cycle of the two issuing steps after a signature, as the models read it. */
@Component("signingRetries")
class SigningRetries {

    private final AnnouncementSettings settings;

    SigningRetries(AnnouncementSettings settings) {
        this.settings = settings;
    }

    public String cycle() {
        return settings.retryCycle();
    }
}
