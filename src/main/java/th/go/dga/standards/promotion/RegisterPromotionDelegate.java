package th.go.dga.standards.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.Standard;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.STANDARD_ID;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.STANDARD_TITLE;

/** Registers the new government standard; its id becomes the business key. */
@Component("registerPromotion")
class RegisterPromotionDelegate implements JavaDelegate {

    private final PromotionService promotions;

    RegisterPromotionDelegate(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Standard standard = promotions.register(PromotionRequest.from(execution.getVariables()));
        execution.setProcessBusinessKey(standard.id());
        execution.setVariable(STANDARD_ID, standard.id());
        execution.setVariable(STANDARD_TITLE, standard.titleTh());
    }
}
