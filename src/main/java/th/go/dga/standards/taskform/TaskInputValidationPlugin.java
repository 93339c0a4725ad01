package th.go.dga.standards.taskform;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the input check in front of every user task's completion and every start form's start, as built-in
 * listeners: they run before any listener of the model, and cannot be skipped.
 */
@Component
public class TaskInputValidationPlugin extends AbstractProcessEnginePlugin {

    // the validator's rules use engine services, which exist only once this plugin has helped build the engine
    private final ObjectProvider<TaskInputValidator> validator;

    public TaskInputValidationPlugin(ObjectProvider<TaskInputValidator> validator) {
        this.validator = validator;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new Parser());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new UnwrapInvalidInput());
    }

    private final class Parser extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            String formId = definition.getCamundaFormDefinitionKey() == null ? null
                    : definition.getCamundaFormDefinitionKey().getExpressionText();
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new CheckTaskInput(formId));
        }

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            if (formId != null) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new CheckStartInput(formId));
            }
        }
    }

    private final class CheckTaskInput implements TaskListener {

        private final String formId;

        CheckTaskInput(String formId) {
            this.formId = formId;
        }

        @Override
        public void notify(DelegateTask task) {
            validator.getObject().validate(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), formId,
                    task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getVariables(),
                    WrittenVariables.of(task.getProcessInstanceId()));
        }
    }

    private final class CheckStartInput implements ExecutionListener {

        private final String formId;

        CheckStartInput(String formId) {
            this.formId = formId;
        }

        @Override
        public void notify(DelegateExecution execution) {
            validator.getObject().validate(execution.getProcessDefinitionId(), execution.getCurrentActivityId(), formId,
                    execution.getProcessBusinessKey(), execution.getVariables(), WrittenVariables.of(execution.getProcessInstanceId()));
        }
    }
}
