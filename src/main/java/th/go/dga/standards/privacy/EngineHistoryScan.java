package th.go.dga.standards.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.privacy.EngineRecord.Place;

/**
 * Looks through the engine's history for a person's details. The public's names and addresses are kept out of process
 * variables by design (a step sees a comment's text and reference, never its author), so this finds something only
 * where someone has typed them: into a step's form (a variable's value, now or before a change), into a comment on a
 * task or a process, or into a comment changed later or an annotation (the user operation log keeps the texts). The
 * engine keeps no form fields of its own ({@link NoFormFieldHistory}). It reads all of these, a page at a time: a
 * request of a person is rare, and a match anywhere must be found.
 */
@Component
class EngineHistoryScan {

    private static final int PAGE = 500;
    // the engine has no query of comments: these find the tasks and processes that have any, in the engine's tables
    private static final String TASKS_WITH_COMMENTS = "select RES.* from ACT_HI_TASKINST RES where exists "
            + "(select 1 from ACT_HI_COMMENT C where C.TASK_ID_ = RES.ID_) order by RES.ID_";
    private static final String PROCESSES_WITH_COMMENTS = "select RES.* from ACT_HI_PROCINST RES where exists "
            + "(select 1 from ACT_HI_COMMENT C where C.PROC_INST_ID_ = RES.ID_) order by RES.ID_";

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final EngineAccess engine;

    EngineHistoryScan(HistoryService historyService, RuntimeService runtimeService, TaskService taskService, EngineAccess engine) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.engine = engine;
    }

    /** Everything in the engine's history that holds one of the needles, in any case. */
    List<EngineRecord> find(Collection<String> needles) {
        return engine.withoutAuthorization(() -> new Scan(needles).matches().stream().map(Match::record).toList());
    }

    /**
     * @param deleted how many records of the engine's history were deleted
     * @param kept    the variables running processes still hold, left as they are
     */
    record Erasure(int deleted, List<EngineRecord> kept) {
    }

    /**
     * Deletes everything in the engine's history that holds one of the needles, except a variable a running process
     * still holds: its value stays, for that process's users to change.
     */
    Erasure erase(Collection<String> needles) {
        return engine.withoutAuthorization(() -> {
            List<EngineRecord> kept = new ArrayList<>();
            int deleted = 0;
            for (Match match : new Scan(needles).matches()) {
                if (match.record().running()) {
                    kept.add(match.record());
                } else {
                    match.delete().run();
                    deleted++;
                }
            }
            return new Erasure(deleted, kept);
        });
    }

    /** A record holding a needle, and how to delete it. */
    private record Match(EngineRecord record, Runnable delete) {
    }

    /** One look through the history for one person. */
    private final class Scan {

        private final List<String> needles;
        private final Map<String, Optional<String>> businessKeys = new HashMap<>();

        Scan(Collection<String> needles) {
            this.needles = needles.stream().filter(n -> n != null && n.strip().length() >= 3).map(n -> n.strip().toLowerCase(Locale.ROOT))
                    .distinct().toList();
        }

        List<Match> matches() {
            List<Match> matches = new ArrayList<>();
            if (needles.isEmpty()) {
                return matches;
            }
            matches.addAll(variables());
            matches.addAll(comments());
            matches.addAll(operationLog());
            return matches;
        }

        private List<Match> variables() {
            Set<String> variableIds = new LinkedHashSet<>();
            // includeDeleted: a variable a process removed keeps its history all the same
            forEachPage(first -> historyService.createHistoricVariableInstanceQuery().includeDeleted().listPage(first, PAGE), variable -> {
                if (holds(variable.getValue())) {
                    variableIds.add(variable.getId());
                }
            });
            // a value changed since is still there, as an update of its variable; deleting the variable deletes them all
            forEachPage(first -> historyService.createHistoricDetailQuery().variableUpdates().listPage(first, PAGE), detail -> {
                HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                if (holds(update.getValue())) {
                    variableIds.add(update.getVariableInstanceId());
                }
            });
            List<Match> matches = new ArrayList<>();
            for (String variableId : variableIds) {
                HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery().variableId(variableId).includeDeleted()
                        .singleResult();
                if (variable != null) {
                    boolean held = runtimeService.createVariableInstanceQuery().variableId(variableId).count() > 0;
                    matches.add(new Match(record(Place.VARIABLE, variable.getProcessInstanceId(), variable.getName(), held),
                            () -> historyService.deleteHistoricVariableInstance(variableId)));
                }
            }
            return matches;
        }

        private List<Match> comments() {
            // a comment made on a task may or may not name the task's process: looked for by task and by process
            Map<String, Comment> comments = new LinkedHashMap<>();
            forEachPage(first -> historyService.createNativeHistoricTaskInstanceQuery().sql(TASKS_WITH_COMMENTS).listPage(first, PAGE),
                    task -> taskService.getTaskComments(task.getId()).forEach(comment -> comments.putIfAbsent(comment.getId(), comment)));
            forEachPage(first -> historyService.createNativeHistoricProcessInstanceQuery().sql(PROCESSES_WITH_COMMENTS).listPage(first, PAGE),
                    process -> taskService.getProcessInstanceComments(process.getId())
                            .forEach(comment -> comments.putIfAbsent(comment.getId(), comment)));
            List<Match> matches = new ArrayList<>();
            for (Comment comment : comments.values()) {
                if (holds(comment.getFullMessage())) {
                    matches.add(new Match(record(Place.COMMENT, processOf(comment), null, false), () -> delete(comment)));
                }
            }
            return matches;
        }

        private List<Match> operationLog() {
            List<Match> matches = new ArrayList<>();
            forEachPage(first -> historyService.createUserOperationLogQuery().listPage(first, PAGE), entry -> {
                if (holds(entry.getOrgValue()) || holds(entry.getNewValue()) || holds(entry.getAnnotation())) {
                    matches.add(new Match(record(Place.OPERATION_LOG, entry.getProcessInstanceId(), entry.getProperty(), false),
                            () -> historyService.deleteUserOperationLogEntry(entry.getId())));
                }
            });
            return matches;
        }

        private boolean holds(Object value) {
            if (value == null) {
                return false;
            }
            String text = value.toString().toLowerCase(Locale.ROOT);
            return needles.stream().anyMatch(text::contains);
        }

        private String processOf(Comment comment) {
            if (comment.getProcessInstanceId() != null || comment.getTaskId() == null) {
                return comment.getProcessInstanceId();
            }
            HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(comment.getTaskId()).singleResult();
            return task == null ? null : task.getProcessInstanceId();
        }

        private EngineRecord record(Place place, String processInstanceId, String variable, boolean running) {
            String businessKey = processInstanceId == null ? null : businessKeys.computeIfAbsent(processInstanceId, id -> Optional
                    .ofNullable(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult())
                    .map(HistoricProcessInstance::getBusinessKey)).orElse(null);
            return new EngineRecord(place, processInstanceId, businessKey, variable, running);
        }
    }

    /**
     * The engine deletes a comment through its task or its process, and only while that runs; a comment of an ended
     * one is history alone, deleted as the engine deletes it.
     */
    private void delete(Comment comment) {
        if (comment.getTaskId() != null && taskService.createTaskQuery().taskId(comment.getTaskId()).count() > 0) {
            taskService.deleteTaskComment(comment.getTaskId(), comment.getId());
        } else if (comment.getProcessInstanceId() != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(comment.getProcessInstanceId()).count() > 0) {
            taskService.deleteProcessInstanceComment(comment.getProcessInstanceId(), comment.getId());
        } else {
            DbEntityManager history = Context.getCommandContext().getDbEntityManager();
            CommentEntity entity = history.selectById(CommentEntity.class, comment.getId());
            if (entity != null) {
                history.delete(entity);
            }
        }
    }

    /** Each row of a query, a page at a time; without an order of its own the engine sorts by id, so no row is missed. */
    private static <T> void forEachPage(IntFunction<List<T>> page, Consumer<T> each) {
        for (int first = 0; ; first += PAGE) {
            List<T> rows = page.apply(first);
            rows.forEach(each);
            if (rows.size() < PAGE) {
                return;
            }
        }
    }
}
