package th.go.dga.standards.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A standard, from its registration as a project to its publication and beyond.
 *
 * @param id                     the project's id, also the business key of its processes
 * @param code                   the code, once the standard is signed
 * @param number                 the standard's number ("6" of มสพร. 6-5 : 2567)
 * @param part                   the part ("5" of มสพร. 6-5 : 2567), if the standard has parts
 * @param supersedesId           the standard this one replaces, if it is a revision
 * @param promotedFromId         the community standard this government standard was promoted from
 */
public record Standard(
        String id,
        StandardKind kind,
        int number,
        Integer part,
        StandardCode code,
        String titleTh,
        String titleEn,
        String versionLabel,
        String subjectGroup,
        String workingGroup,
        String technicalWorkingGroup,
        StandardStatus status,
        String supersedesId,
        String promotedFromId,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        Instant createdAt,
        Instant updatedAt) {

    /** The code if the standard has one, otherwise how a draft is named: "(ร่าง) มสพร. 6-5". */
    public String displayCode() {
        if (code != null) {
            return code.format();
        }
        return "(ร่าง) " + kind.prefix() + " " + number + (part == null ? "" : "-" + part);
    }
}
