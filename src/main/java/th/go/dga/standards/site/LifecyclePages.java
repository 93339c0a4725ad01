package th.go.dga.standards.site;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;

import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.progress.StandardProgress;
import th.go.dga.standards.progress.WhereItStands;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.validation.NotFoundException;

/**
 * What the drawing of a standard's lifecycle loads: the BPMN XML of the deployed definition its lifecycle runs on, and
 * the steps done and current. The public reads them where it may read the standard already: on its catalogue page
 * (signed, with a code) or on a hearing of it that is not cancelled; before that a project is unknown to the public.
 * A user of the system reads every standard's, as the staff's API lets them.
 */
@Controller
class LifecyclePages {

    private final StandardRegistry registry;
    private final HearingService hearings;
    private final StandardProgress progress;

    LifecyclePages(StandardRegistry registry, HearingService hearings, StandardProgress progress) {
        this.registry = registry;
        this.hearings = hearings;
        this.progress = progress;
    }

    @GetMapping(value = "/standards/{id}/lifecycle.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> model(@PathVariable String id, Authentication authentication, WebRequest request) {
        checkVisible(id, authentication);
        StandardProgress.DeployedModel model = progress.deployedModel(id).orElseThrow(() -> new NotFoundException("registry.not-found", id));
        // the definition a standard runs on changes only by a migration, and then its id does
        String tag = "\"" + model.processDefinitionId() + "\"";
        if (request.checkNotModified(tag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).eTag(tag).cacheControl(CacheControl.noCache().cachePrivate())
                .body(model.xml());
    }

    @GetMapping(value = "/standards/{id}/lifecycle.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<LifecycleState> state(@PathVariable String id, Authentication authentication) {
        checkVisible(id, authentication);
        WhereItStands where = progress.forStandard(id).orElseThrow(() -> new NotFoundException("registry.not-found", id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new LifecycleState(id, where.processDefinitionId(), where.ended(), where.done(), where.current()));
    }

    /**
     * The state the drawing marks.
     *
     * @param done    the activities done, with the last time each was
     * @param current the activities the lifecycle is at now
     */
    record LifecycleState(String standardId, String processDefinitionId, boolean ended, List<WhereItStands.Done> done, List<String> current) {
    }

    private void checkVisible(String id, Authentication authentication) {
        boolean visible = registry.find(id).map(standard -> Caller.of(authentication).isAuthenticated() || CataloguePages.isListed(standard)
                || hearings.forStandard(id).stream().anyMatch(HearingPages::isPublic)).orElse(false);
        if (!visible) {
            throw new NotFoundException("registry.not-found", id);
        }
    }
}
