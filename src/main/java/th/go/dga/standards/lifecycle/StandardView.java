package th.go.dga.standards.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A standard with everything staff need on one page: its code and titles, versions, where it is in its process,
 * the tasks open on it and the standards it is linked to.
 */
@Schema(name = "Standard")
public record StandardView(
        @Schema(example = "STD-00016") String id,
        @Schema(allowableValues = {"MSPR", "MRD"}) String kind,
        @Schema(description = "canonical code, once signed", example = "มสพร. 6-5 : 2567") String code,
        @Schema(description = "the code, or the draft's name before it has one", example = "(ร่าง) มสพร. 6-5") String displayCode,
        @Schema(example = "6") int number,
        @Schema(example = "5") Integer part,
        String titleTh,
        String titleEn,
        @Schema(example = "1.0") String versionLabel,
        String subjectGroup,
        @Schema(example = "wg-process") String workingGroup,
        @Schema(example = "twg-process") String technicalWorkingGroup,
        @Schema(example = "HEARING_OPEN") String status,
        @Schema(example = "เปิดรับฟังความคิดเห็น") String statusLabel,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        @Schema(description = "the announcement that issued the standard: the DGA's (ม 3/2566) for a community standard, the committee's (1/2569) for a digital government standard", example = "ม 3/2566") String announcement,
        @Schema(description = "Royal Gazette reference of a government standard", example = "เล่ม 138 ตอนพิเศษ 240 ง หน้า 12") String gazette,
        Instant createdAt,
        Instant updatedAt,
        List<Version> versions,
        @Schema(description = "the steps of its processes that are active now") List<String> currentSteps,
        List<OpenTask> openTasks,
        List<HearingRef> hearings,
        Links links) {

    /** A recorded version of the text. */
    @Schema(name = "StandardVersion")
    public record Version(@Schema(allowableValues = {"DRAFT", "REVISED", "PROPOSAL"}) String stage, String versionLabel, String documentRef,
                          String note, String recordedBy, Instant recordedAt) {
    }

    /** A task waiting on the standard. */
    @Schema(name = "StandardOpenTask")
    public record OpenTask(String id, String name, String step, String assignee, List<String> candidateGroups, Instant created, Instant due) {
    }

    /** A hearing of the standard. */
    @Schema(name = "StandardHearing")
    public record HearingRef(long id, int round, String status, LocalDate commentPeriodStart, LocalDate commentPeriodEnd) {
    }

    /** A link to another standard. */
    @Schema(name = "StandardRef")
    public record Ref(String id, String code) {
    }

    /** How the standard is linked to others. */
    @Schema(name = "StandardLinks")
    public record Links(@Schema(description = "the standard this one replaces") Ref supersedes,
                        @Schema(description = "the standard that replaced this one") Ref supersededBy,
                        @Schema(description = "the community standard this government standard was promoted from") Ref promotedFrom,
                        @Schema(description = "the government standard this community standard is promoted to") Ref promotedTo) {
    }
}
