package th.go.dga.standards.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.registry.NewStandard;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.STANDARD_NUMBER;
import static th.go.dga.standards.process.StandardPromotionProcess.Var.SOURCE_CODE;

/**
 * Registers the promotion of a published community standard: a new government standard that links to it, with the
 * same working groups. A community standard is promoted once at a time.
 */
@Service
@Transactional
public class PromotionService {

    private final StandardRegistry registry;

    public PromotionService(StandardRegistry registry) {
        this.registry = registry;
    }

    public List<Violation> violations(PromotionRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.number() == null || request.number() < 1) {
            violations.add(Violation.of(STANDARD_NUMBER, "registry.number-invalid"));
        }
        if (request.sourceCode() == null) {
            violations.add(Violation.of(SOURCE_CODE, "code.required"));
            return violations;
        }
        try {
            StandardCode code = StandardCode.parse(request.sourceCode(), SOURCE_CODE);
            Optional<Standard> source = registry.findByCode(code);
            if (source.isEmpty()) {
                violations.add(Violation.of(SOURCE_CODE, "registry.revises-unknown", code.format()));
            } else if (source.get().kind() != StandardKind.MSPR || source.get().status() != StandardStatus.PUBLISHED) {
                violations.add(Violation.of(SOURCE_CODE, "promotion.source-not-published", code.format(), source.get().status().labelTh()));
            } else {
                registry.activePromotion(source.get().id()).ifPresent(other ->
                        violations.add(Violation.of(SOURCE_CODE, "promotion.already", code.format(), other)));
            }
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        return violations;
    }

    /**
     * @throws InvalidInputException when the request breaks a rule; nothing is registered then
     */
    public Standard register(PromotionRequest request) {
        List<Violation> violations = violations(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Standard source = registry.findByCode(StandardCode.parse(request.sourceCode(), SOURCE_CODE)).orElseThrow();
        return registry.register(new NewStandard(StandardKind.MRD, request.number(), request.part(),
                request.titleTh() == null ? source.titleTh() : request.titleTh(),
                request.titleEn() == null ? source.titleEn() : request.titleEn(),
                source.subjectGroup(), source.workingGroup(), source.technicalWorkingGroup(), null, source.id(), StandardStatus.PROMOTION));
    }

}
