package th.go.dga.standards.engine;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Starts a process the way Tasklist's start dialog does: through its start form, so that the API and Tasklist get the
 * same checks and the same user is recorded.
 */
@Service
public class StartForms {

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final EngineAccess engine;

    StartForms(FormService formService, RepositoryService repositoryService, EngineAccess engine) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.engine = engine;
    }

    /** Submits the start form of the latest version of a process, as the current user. */
    public ProcessInstance submit(String processKey, Map<String, Object> form) {
        String definitionId = engine.withoutAuthorization(() -> repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId());
        return formService.submitStartForm(definitionId, form);
    }
}
