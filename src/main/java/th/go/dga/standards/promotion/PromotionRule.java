package th.go.dga.standards.promotion;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.StandardPromotionProcess;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

/** The promotion form: a published community standard that is not being promoted already. */
@Component
class PromotionRule implements TaskInputRule {

    private final PromotionService promotions;

    PromotionRule(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return StandardPromotionProcess.KEY.equals(processDefinitionKey) && StandardPromotionProcess.PROMOTION_PROPOSED.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        return promotions.violations(PromotionRequest.from(input.values()));
    }
}
