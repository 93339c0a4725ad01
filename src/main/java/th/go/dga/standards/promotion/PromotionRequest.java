package th.go.dga.standards.promotion;

import java.util.Map;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;
import static th.go.dga.standards.process.StandardPromotionProcess.Var.SOURCE_CODE;

/**
 * A proposal to promote a community standard, as the promotion form submits it.
 *
 * @param titleTh the new standard's Thai title; the community standard's when empty
 */
public record PromotionRequest(String sourceCode, Integer number, Integer part, String titleTh, String titleEn) {

    public static PromotionRequest from(Map<String, Object> values) {
        return new PromotionRequest(
                FormValues.text(values.get(SOURCE_CODE)).orElse(null),
                FormValues.integer(values.get(STANDARD_NUMBER)).orElse(null),
                FormValues.integer(values.get(PART)).orElse(null),
                FormValues.text(values.get(TITLE_TH)).orElse(null),
                FormValues.text(values.get(TITLE_EN)).orElse(null));
    }
}
