package th.go.dga.standards.taskform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * Checks the input of a step against its form and the domain rules for that step. Runs inside the engine's command,
 * before the step completes: when it throws, the command rolls back and the task stays open with nothing changed.
 */
@Component
public class TaskInputValidator {

    private final List<TaskInputRule> rules;
    private final DeployedForms forms;

    public TaskInputValidator(List<TaskInputRule> rules, DeployedForms forms) {
        this.rules = List.copyOf(rules);
        this.forms = forms;
    }

    /**
     * @param written the variables the caller has set: when a person acts, only the form's inputs may be among them,
     *                and the inputs the form only shows when they come empty and the process had not set them
     * @throws InvalidInputException naming every field that is wrong and why
     */
    public void validate(String processDefinitionId, String activityId, String formId, String businessKey, Map<String, Object> values,
                         Map<String, WrittenVariables.Written> written) {
        CommandContext commandContext = Context.getCommandContext();
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId);
        List<Violation> violations = new ArrayList<>();
        if (formId != null) {
            // reading the deployment is the engine's own business: the acting user need not be allowed to read it
            FormSchema schema = commandContext.runWithoutAuthorization(() -> forms
                    .find(Context.getProcessEngineConfiguration().getRepositoryService(), definition.getDeploymentId(), formId)
                    .orElseThrow(() -> new IllegalStateException("form " + formId + " is not part of deployment " + definition.getDeploymentId())));
            if (commandContext.getAuthenticatedUserId() != null) {
                written.forEach((name, value) -> {
                    Optional<FormField> field = schema.field(name);
                    boolean input = field.filter(f -> !f.readonly()).isPresent();
                    boolean shownOnly = field.filter(FormField::readonly).isPresent() && value.isNothingNew();
                    if (!input && !shownOnly) {
                        violations.add(Violation.of(name, "form.not-an-input", name));
                    }
                });
            }
            violations.addAll(FormCheck.violations(schema, values, EngineTime.today()));
        }
        TaskInput input = new TaskInput(definition.getKey(), activityId, businessKey, values, EngineTime.now());
        for (TaskInputRule rule : rules) {
            if (rule.appliesTo(definition.getKey(), activityId)) {
                List<Violation> found = rule.check(input);
                // a field already reported by the form is not reported again by a rule
                found.stream().filter(v -> violations.stream().noneMatch(f -> f.field() != null && f.field().equals(v.field())))
                        .forEach(violations::add);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
