package th.go.dga.standards.promotion;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import th.go.dga.standards.engine.StartForms;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.process.StandardPromotionProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.validation.StateConflictException;

/** Starts the promotion of a published community standard through the promotion's start form. */
@Service
public class PromotionStarts {

    private final StartForms startForms;
    private final StandardRegistry registry;

    PromotionStarts(StartForms startForms, StandardRegistry registry) {
        this.startForms = startForms;
        this.registry = registry;
    }

    /**
     * Starts the promotion of a published community standard.
     *
     * @return the new government standard
     */
    public Standard start(Standard source, Integer number, Integer part, String titleTh, String titleEn) {
        if (source.code() == null) {
            throw new StateConflictException("promotion.source-not-published", source.displayCode(), source.status().labelTh());
        }
        Map<String, Object> form = new HashMap<>();
        form.put(StandardPromotionProcess.Var.SOURCE_CODE, source.code().format());
        if (number != null) {
            form.put(StandardLifecycleProcess.Var.STANDARD_NUMBER, String.valueOf(number));
        }
        if (part != null) {
            form.put(StandardLifecycleProcess.Var.PART, part.longValue());
        }
        if (titleTh != null && !titleTh.isBlank()) {
            form.put(StandardLifecycleProcess.Var.TITLE_TH, titleTh);
        }
        if (titleEn != null && !titleEn.isBlank()) {
            form.put(StandardLifecycleProcess.Var.TITLE_EN, titleEn);
        }
        return registry.get(startForms.submit(StandardPromotionProcess.KEY, form).getBusinessKey());
    }
}
