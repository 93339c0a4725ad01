package th.go.dga.standards.taskform;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;

/**
 * Names every task, as it is created, after what it is about ({@link TaskName}): a committee member's list says
 * which standard and which body, not only "ลงมติ". Runs before the task's notices, so their mails carry the name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TaskNames extends AbstractProcessEnginePlugin {

    static final String STANDARD_ID = "standardId";

    private final ObjectProvider<StandardRegistry> registry;

    TaskNames(ObjectProvider<StandardRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNames.this::name);
            }
        });
    }

    void name(DelegateTask task) {
        Object standardId = task.getVariable(STANDARD_ID);
        String id = standardId != null ? standardId.toString() : task.getExecution().getProcessBusinessKey();
        Standard standard = id == null ? null : registry.getObject().find(id).orElse(null);
        Object body = task.getVariable(CommitteeVoteProcess.Var.VOTING_BODY_NAME);
        task.setName(TaskName.of(task.getName(), body == null ? null : body.toString(),
                standard == null ? id : standard.displayCode(), standard == null ? null : standard.titleTh()));
    }
}
