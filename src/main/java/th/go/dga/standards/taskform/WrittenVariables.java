package th.go.dga.standards.taskform;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The variables of a process instance the current command has created or changed so far: at a step's completion,
 * before anything else of the step has run, what the person completing it has submitted.
 */
final class WrittenVariables {

    private WrittenVariables() {
    }

    static Set<String> of(String processInstanceId) {
        Set<String> names = new TreeSet<>();
        CommandContext context = Context.getCommandContext();
        if (context == null || processInstanceId == null) {
            return names;
        }
        for (CachedDbEntity cached : context.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
            if (cached.getEntity() instanceof VariableInstanceEntity variable && processInstanceId.equals(variable.getProcessInstanceId())
                    && (cached.getEntityState() == DbEntityState.TRANSIENT || cached.getEntityState() == DbEntityState.PERSISTENT && cached.isDirty())) {
                names.add(variable.getName());
            }
        }
        return names;
    }
}
