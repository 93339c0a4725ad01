package th.go.dga.standards.gazette;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.*;

/** The Royal Gazette forms: dates in the right order and not in the future. */
@Component
class GazetteRules implements TaskInputRule {

    private final GazetteService gazette;

    GazetteRules(GazetteService gazette) {
        this.gazette = gazette;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return KEY.equals(processDefinitionKey) && (ENTER_GAZETTE_SUBMISSION.equals(activityId) || ENTER_GAZETTE_PUBLICATION.equals(activityId));
    }

    @Override
    public List<Violation> check(TaskInput input) {
        if (ENTER_GAZETTE_SUBMISSION.equals(input.activityId())) {
            return input.date(Var.SUBMITTED_ON).map(on -> gazette.submissionViolations(input.businessKey(), on)).orElse(List.of());
        }
        return GazetteInput.publication(input.values()).map(p -> gazette.publicationViolations(input.businessKey(), p)).orElse(List.of());
    }
}
