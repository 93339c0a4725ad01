package th.go.dga.standards.lifecycle;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.process.StandardPromotionProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.process.StandardLifecycleProcess;

/**
 * Starts a project's processes the way Tasklist's start dialog does: through the start form, so that the API and
 * Tasklist get the same checks and the same user is recorded.
 */
@Service
public class ProcessStarts {

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final StandardRegistry registry;
    private final EngineAccess engine;

    public ProcessStarts(FormService formService, RepositoryService repositoryService, StandardRegistry registry, EngineAccess engine) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.registry = registry;
        this.engine = engine;
    }

    /** Registers a project and starts its lifecycle. */
    public Standard register(Map<String, Object> registration) {
        return registry.get(start(StandardLifecycleProcess.KEY, registration).getBusinessKey());
    }

    /**
     * Starts the promotion of a published community standard.
     *
     * @return the new government standard
     */
    public Standard promote(Standard source, Integer number, Integer part, String titleTh, String titleEn) {
        if (source.code() == null) {
            throw new StateConflictException("promotion.source-not-published", source.displayCode(), source.status().labelTh());
        }
        Map<String, Object> form = new HashMap<>();
        form.put(StandardPromotionProcess.Var.SOURCE_CODE, source.code().format());
        if (number != null) {
            form.put(StandardLifecycleProcess.Var.STANDARD_NUMBER, String.valueOf(number));
        }
        if (part != null) {
            form.put(StandardLifecycleProcess.Var.PART, part.longValue());
        }
        if (titleTh != null && !titleTh.isBlank()) {
            form.put(StandardLifecycleProcess.Var.TITLE_TH, titleTh);
        }
        if (titleEn != null && !titleEn.isBlank()) {
            form.put(StandardLifecycleProcess.Var.TITLE_EN, titleEn);
        }
        return registry.get(start(StandardPromotionProcess.KEY, form).getBusinessKey());
    }

    private ProcessInstance start(String processKey, Map<String, Object> form) {
        String definitionId = engine.withoutAuthorization(() -> repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId());
        return formService.submitStartForm(definitionId, form);
    }
}
