package th.go.dga.standards.taskform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of many tasks in one read of the engine's identity links. The engine's API gives them one task
 * at a time ({@code TaskService.getIdentityLinksForTask}), a query per line of a list; its table is read here instead,
 * through its index on the task (ACT_IDX_TSKASS_TASK, or H2's index of the same foreign key), under the engine's own
 * table prefix.
 */
@Component
class CandidateGroups {

    /** Task ids per statement: far below the parameters a statement may carry on PostgreSQL and H2. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final String table;

    CandidateGroups(JdbcClient jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
        String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
        this.table = (prefix == null ? "" : prefix) + "ACT_RU_IDENTITYLINK";
    }

    /** The candidate groups of each task, in the order of their ids; a task without any is not in the map. */
    Map<String, List<String>> of(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        List<String> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select TASK_ID_, GROUP_ID_ from " + table
                            + " where TYPE_ = 'candidate' and GROUP_ID_ is not null and TASK_ID_ in (:ids) order by TASK_ID_, GROUP_ID_")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(link -> groups.computeIfAbsent(link.getKey(), k -> new ArrayList<>()).add(link.getValue()));
        }
        return groups;
    }
}
