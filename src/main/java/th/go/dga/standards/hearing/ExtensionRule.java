package th.go.dga.standards.hearing;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.PublicHearingProcess.Var.HEARING_ID;
import static th.go.dga.standards.process.PublicHearingProcess.Var.NEW_COMMENT_PERIOD_END;

/** An extension must end later than the current period. */
@Component
class ExtensionRule implements TaskInputRule {

    private final HearingService hearings;

    ExtensionRule(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return PublicHearingProcess.KEY.equals(processDefinitionKey) && PublicHearingProcess.EXTEND_COMMENT_PERIOD.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        Hearing hearing = hearings.get(input.number(HEARING_ID).orElseThrow().longValue());
        return input.date(NEW_COMMENT_PERIOD_END)
                .map(end -> hearing.window().extensionViolations(end, NEW_COMMENT_PERIOD_END))
                .orElse(List.of());
    }
}
