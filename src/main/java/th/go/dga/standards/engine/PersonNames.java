package th.go.dga.standards.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A person as the pages and documents name them: first and last name from the identity store, else their user id. */
@Component
public class PersonNames {

    private final IdentityService identityService;
    private final EngineAccess engine;

    PersonNames(IdentityService identityService, EngineAccess engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** "ศุภชัย ธนากร" for {@code supachai}; the id itself for someone the identity store does not know; "" for null. */
    public String of(String userId) {
        if (userId == null) {
            return "";
        }
        User user = engine.withoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : of(user);
    }

    /** The user's first and last name, or their id when the store has neither. */
    public static String of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
