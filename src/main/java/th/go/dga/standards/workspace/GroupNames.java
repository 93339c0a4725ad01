package th.go.dga.standards.workspace;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import th.go.dga.standards.engine.EngineAccess;

/**
 * The names people know their groups by ("คณะทำงานเทคนิคด้านมาตรฐานข้อมูลภาครัฐ"), in place of the ids the processes
 * use ({@code twg-data}); read in one query for a page.
 */
@Component("groupNames")
class GroupNames {

    private final IdentityService identityService;
    private final EngineAccess engine;

    GroupNames(IdentityService identityService, EngineAccess engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Each id with its group's name; an id with no group keeps the id. */
    Map<String, String> of(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        ids.forEach(id -> names.put(id, id));
        if (!ids.isEmpty()) {
            // staff may not read the engine's groups; their names are not a secret
            List<Group> groups = engine.withoutAuthorization(() -> identityService.createGroupQuery().groupIdIn(ids.toArray(String[]::new))
                    .listPage(0, EngineAccess.MAX_RESULTS));
            groups.forEach(g -> names.put(g.getId(), g.getName() == null || g.getName().isBlank() ? g.getId() : g.getName()));
        }
        return names;
    }

}
