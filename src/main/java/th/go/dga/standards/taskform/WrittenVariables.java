package th.go.dga.standards.taskform;

import java.util.Map;
import java.util.TreeMap;

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

    /**
     * @param created whether the variable did not exist before
     * @param value   its new value
     */
    record Written(boolean created, Object value) {

        /** Nothing: what a form sends for an input it only shows, when the process has not set it. */
        boolean isNothingNew() {
            return created && (value == null || value instanceof String text && text.isEmpty());
        }
    }

    private WrittenVariables() {
    }

    static Map<String, Written> of(String processInstanceId) {
        Map<String, Written> written = new TreeMap<>();
        CommandContext context = Context.getCommandContext();
        if (context == null || processInstanceId == null) {
            return written;
        }
        for (CachedDbEntity cached : context.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
            if (cached.getEntity() instanceof VariableInstanceEntity variable && processInstanceId.equals(variable.getProcessInstanceId())) {
                boolean created = cached.getEntityState() == DbEntityState.TRANSIENT;
                if (created || cached.getEntityState() == DbEntityState.PERSISTENT && cached.isDirty()) {
                    written.put(variable.getName(), new Written(created, variable.getValue()));
                }
            }
        }
        return written;
    }
}
