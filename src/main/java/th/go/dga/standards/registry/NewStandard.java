package th.go.dga.standards.registry;

/**
 * What registering a project needs.
 */
public record NewStandard(
        StandardKind kind,
        int number,
        Integer part,
        String titleTh,
        String titleEn,
        String subjectGroup,
        String workingGroup,
        String technicalWorkingGroup,
        String supersedesId,
        String promotedFromId,
        StandardStatus initialStatus) {
}
