package th.go.dga.standards.gazette;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.Violation;

/**
 * A publication in the Royal Gazette as the secretariat records it.
 *
 * @param effectiveOn the effective date: the publication date unless a later one was set with it
 */
public record GazettePublication(int volume, String section, int page, LocalDate publishedOn, LocalDate effectiveOn) {

    public static final String PUBLISHED_ON = GovernmentStandardEnactmentProcess.Var.PUBLISHED_ON;
    public static final String EFFECTIVE_ON = GovernmentStandardEnactmentProcess.Var.EFFECTIVE_ON;

    /** A publication whose standard takes effect the day it is published, when no effective date is given. */
    public static GazettePublication of(int volume, String section, int page, LocalDate publishedOn, LocalDate effectiveOn) {
        return new GazettePublication(volume, section, page, publishedOn, effectiveOn == null ? publishedOn : effectiveOn);
    }

    /**
     * The effective date cannot come before the publication, the publication not before the submission, and neither
     * the submission nor the publication lies in the future.
     */
    public List<Violation> violations(LocalDate submittedOn, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (publishedOn.isAfter(today)) {
            violations.add(Violation.of(PUBLISHED_ON, "gazette.published-in-future", BuddhistEra.format(publishedOn)));
        }
        if (submittedOn != null && publishedOn.isBefore(submittedOn)) {
            violations.add(Violation.of(PUBLISHED_ON, "gazette.published-before-submission", BuddhistEra.format(publishedOn), BuddhistEra.format(submittedOn)));
        }
        if (effectiveOn.isBefore(publishedOn)) {
            violations.add(Violation.of(EFFECTIVE_ON, "gazette.effective-before-publication", BuddhistEra.format(effectiveOn), BuddhistEra.format(publishedOn)));
        }
        return violations;
    }
}
