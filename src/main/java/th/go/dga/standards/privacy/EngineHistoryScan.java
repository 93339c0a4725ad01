package th.go.dga.standards.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import th.go.dga.standards.engine.EngineAccess;

/**
 * Looks through the engine's history for a person's details. The public's names and addresses are kept out of process
 * variables by design (a step sees a comment's text and reference, never its author), so this finds something only
 * when someone has typed them into a step's form. It reads every variable the history holds, a page at a time: a
 * request of a person is rare, and a match anywhere must be found.
 */
@Component
class EngineHistoryScan {

    private static final int PAGE = 500;

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final EngineAccess engine;

    EngineHistoryScan(HistoryService historyService, RuntimeService runtimeService, EngineAccess engine) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    /** The variables whose values hold one of the needles, in any case. */
    List<EngineRecord> find(Collection<String> needles) {
        return engine.withoutAuthorization(() -> matches(needles).stream().map(Match::record).toList());
    }

    /**
     * @param deleted how many variables' history was deleted
     * @param kept    the variables running processes still hold, left as they are
     */
    record Erasure(int deleted, List<EngineRecord> kept) {
    }

    /**
     * Deletes the history of the matching variables that no process holds any more; a value a running process still
     * holds stays, for that process's users to change.
     */
    Erasure erase(Collection<String> needles) {
        return engine.withoutAuthorization(() -> {
            List<EngineRecord> kept = new ArrayList<>();
            int deleted = 0;
            for (Match match : matches(needles)) {
                if (match.record().running()) {
                    kept.add(match.record());
                } else {
                    historyService.deleteHistoricVariableInstance(match.variableId());
                    deleted++;
                }
            }
            return new Erasure(deleted, kept);
        });
    }

    private record Match(String variableId, EngineRecord record) {
    }

    private List<Match> matches(Collection<String> needles) {
        List<String> lowered = needles.stream().filter(n -> n != null && n.strip().length() >= 3).map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        List<Match> matches = new ArrayList<>();
        if (lowered.isEmpty()) {
            return matches;
        }
        for (int first = 0; ; first += PAGE) {
            List<HistoricVariableInstance> page = historyService.createHistoricVariableInstanceQuery()
                    .orderByProcessInstanceId().asc().orderByVariableName().asc().listPage(first, PAGE);
            for (HistoricVariableInstance variable : page) {
                String text = variable.getValue() == null ? "" : variable.getValue().toString().toLowerCase(Locale.ROOT);
                if (lowered.stream().anyMatch(text::contains)) {
                    matches.add(new Match(variable.getId(), record(variable)));
                }
            }
            if (page.size() < PAGE) {
                return matches;
            }
        }
    }

    private EngineRecord record(HistoricVariableInstance variable) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(variable.getProcessInstanceId())
                .singleResult();
        boolean held = runtimeService.createVariableInstanceQuery().variableId(variable.getId()).count() > 0;
        return new EngineRecord(variable.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(), variable.getName(), held);
    }
}
