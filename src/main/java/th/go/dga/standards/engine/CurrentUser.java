package th.go.dga.standards.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the user the engine has authenticated for this call, or the system when a timer or job acts.
 */
@Component
public class CurrentUser {

    /** The actor recorded for work done by timers and jobs. */
    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    /** The acting user, or {@code fallback} (a task's assignee, say) when no user is authenticated. */
    public String idOr(String fallback) {
        String id = id();
        return SYSTEM.equals(id) && fallback != null ? fallback : id;
    }
}
