package th.go.dga.standards.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.registry.NewStandard;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.security.ProtectedGroups;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;

/**
 * Registers standard projects: the working groups must exist, a number already signed can be taken again only by a
 * revision of that standard, and a revision must name a standard in effect of the same kind that no other project is
 * revising already.
 */
@Service
@Transactional
public class ProjectRegistration {

    private final StandardRegistry registry;
    private final IdentityService identityService;
    private final EngineAccess engine;

    public ProjectRegistration(StandardRegistry registry, IdentityService identityService, EngineAccess engine) {
        this.registry = registry;
        this.identityService = identityService;
        this.engine = engine;
    }

    public List<Violation> violations(ProjectRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.titleTh() == null) {
            violations.add(Violation.of(TITLE_TH, "form.required", Violation.label("title-th")));
        }
        if (request.kind() == null) {
            violations.add(Violation.of(KIND, "form.required", Violation.label("kind")));
        }
        if (request.number() == null || request.number() < 1) {
            violations.add(Violation.of(STANDARD_NUMBER, "registry.number-invalid"));
        }
        if (request.part() != null && request.part() < 1) {
            violations.add(Violation.of(PART, "registry.part-invalid"));
        }
        if (request.kind() != null && request.number() != null) {
            registry.inProgress(request.kind(), request.number(), request.part()).ifPresent(other ->
                    violations.add(Violation.of(STANDARD_NUMBER, "registry.number-in-progress",
                            other.displayCode(), other.id())));
            if (request.revisesCode() == null) {
                registry.issued(request.kind(), request.number(), request.part()).ifPresent(published ->
                        violations.add(Violation.of(STANDARD_NUMBER, "registry.number-issued", published.displayCode(), published.status().labelTh())));
            }
        }
        checkGroup(WORKING_GROUP, request.workingGroup(), violations);
        checkGroup(TECHNICAL_WORKING_GROUP, request.technicalWorkingGroup(), violations);
        if (request.technicalWorkingGroup() != null && !request.technicalWorkingGroup().startsWith(ProtectedGroups.TECHNICAL_WORKING_GROUP_PREFIX)) {
            // a body that votes is one whose members no single administrator can change
            violations.add(Violation.of(TECHNICAL_WORKING_GROUP, "registry.technical-group-not-voting", request.technicalWorkingGroup(),
                    ProtectedGroups.TECHNICAL_WORKING_GROUP_PREFIX));
        }
        if (request.revisesCode() != null) {
            try {
                revised(request).ifPresentOrElse(old -> {
                    if (!old.status().isInEffect()) {
                        violations.add(Violation.of(REVISES_CODE, "registry.revises-not-in-effect", old.displayCode(), old.status().labelTh()));
                    } else if (request.kind() != null && old.kind() != request.kind()) {
                        violations.add(Violation.of(REVISES_CODE, "registry.revises-other-kind", old.displayCode()));
                    } else {
                        registry.successorOf(old.id()).filter(s -> !s.status().isFinal()).ifPresent(s ->
                                violations.add(Violation.of(REVISES_CODE, "registry.revision-exists", old.displayCode(), s.id())));
                    }
                }, () -> violations.add(Violation.of(REVISES_CODE, "registry.revises-unknown", request.revisesCode())));
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        return violations;
    }

    /**
     * Registers the project.
     *
     * @throws InvalidInputException when the request breaks a rule; nothing is registered then
     */
    public Standard register(ProjectRequest request) {
        List<Violation> violations = violations(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String supersedesId = request.revisesCode() == null ? null : revised(request).map(Standard::id).orElseThrow();
        return registry.register(new NewStandard(request.kind(), request.number(), request.part(), request.titleTh(), request.titleEn(),
                request.subjectGroup(), request.workingGroup(), request.technicalWorkingGroup(), supersedesId, null, StandardStatus.DRAFTING));
    }

    private Optional<Standard> revised(ProjectRequest request) {
        return registry.findByCode(StandardCode.parse(request.revisesCode(), REVISES_CODE));
    }

    private void checkGroup(String field, String groupId, List<Violation> violations) {
        if (groupId == null) {
            violations.add(Violation.of(field, "form.required", field));
            return;
        }
        long found = engine.withoutAuthorization(() -> identityService.createGroupQuery().groupId(groupId).count());
        if (found == 0) {
            violations.add(Violation.of(field, "registry.group-unknown", groupId));
        }
    }
}
