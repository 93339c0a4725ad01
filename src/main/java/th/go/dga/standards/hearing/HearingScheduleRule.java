package th.go.dga.standards.hearing;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

/** The scheduling form: a window of at least the minimum length, the meeting inside it, nothing in the past. */
@Component
class HearingScheduleRule implements TaskInputRule {

    private final HearingService hearings;

    HearingScheduleRule(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return StandardLifecycleProcess.KEY.equals(processDefinitionKey) && StandardLifecycleProcess.SCHEDULE_HEARING.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        return HearingScheduleInput.window(input.values())
                .map(window -> window.violations(hearings.minimumCommentDays(), input.now()))
                .orElseGet(() -> HearingScheduleInput.unreadable(input.values()));
    }
}
