package th.go.dga.standards.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.validation.Messages;

/**
 * Keeps a standard's status current as its process moves, from execution listeners in the models:
 * {@code ${standardStatus.change(execution, 'TWG_REVIEW')}}. The reason recorded is the step's name, or the text of
 * a variable (the reasons a draft was sent back, say) when the model names one that is set.
 */
@Component("standardStatus")
public class StandardStatusListener {

    private final StandardRegistry registry;

    public StandardStatusListener(StandardRegistry registry) {
        this.registry = registry;
    }

    public void change(DelegateExecution execution, String status) {
        registry.changeStatus(execution.getProcessBusinessKey(), StandardStatus.valueOf(status),
                Messages.get("status.step", execution.getCurrentActivityName()));
    }

    public void change(DelegateExecution execution, String status, String reasonVariable) {
        String reason = FormValues.text(execution.getVariable(reasonVariable))
                .map(text -> Messages.get("status.step-with-reason", execution.getCurrentActivityName(), text))
                .orElseGet(() -> Messages.get("status.step", execution.getCurrentActivityName()));
        registry.changeStatus(execution.getProcessBusinessKey(), StandardStatus.valueOf(status), reason);
    }
}
