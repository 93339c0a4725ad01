package th.go.dga.standards.hearing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.export.Downloads;
import th.go.dga.standards.pdf.ThaiPdf;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.EnumParameter;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * The comments of a hearing for the people who run its project, the secretariat and the standard's working group:
 * filter them, answer them, export the resolution matrix. The revision task of the working group shows and records
 * the same answers. Comments carry their authors' names and addresses, so nobody else reads them here.
 */
@RestController
@Tag(name = "Comments", description = "Comments received during hearings, their dispositions and the resolution matrix. Staff only.")
@SecurityRequirement(name = "basic")
class CommentsController {

    private static final String MATRIX_COLUMNS = "Reference, clause, clause heading, type, comment, proposed change, disposition, response, and "
            + "the link to what became of the clause on the public page of what changed (/hearings/{id}/changes#ข้อ-4.2, absolute, from the "
            + "address of the request). Heading and link only for a comment on a clause of the draft heard, sent as a Word file.";

    private final CommentService comments;
    private final CommentAnswerers answerers;
    private final DraftVersions drafts;
    private final HearingViews views;
    private final ThaiPdf pdf;

    CommentsController(CommentService comments, CommentAnswerers answerers, DraftVersions drafts, HearingViews views, ThaiPdf pdf) {
        this.comments = comments;
        this.answerers = answerers;
        this.drafts = drafts;
        this.views = views;
        this.pdf = pdf;
    }

    @GetMapping("/api/hearings/{hearingId}/comments")
    @Operation(summary = "The comments of a hearing, filtered")
    @ApiResponse(responseCode = "200", description = "The comments, in the order they arrived")
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group")
    @ApiResponse(responseCode = "404", description = "No such hearing")
    @ApiResponse(responseCode = "422", description = "An unknown type or disposition")
    List<CommentView> list(@PathVariable long hearingId,
                           @Parameter(example = "TECHNICAL") @RequestParam(required = false) String type,
                           @Parameter(example = "ACCEPTED") @RequestParam(required = false) String disposition,
                           @Parameter(description = "true: answered only; false: not yet answered", example = "false") @RequestParam(required = false) Boolean answered,
                           @Parameter(description = "text in the comment, proposed change, clause or reference", example = "IAL")
                           @RequestParam(required = false) String q, Authentication user) {
        ensureRunsProject(hearingId, user);
        return comments.search(hearingId, EnumParameter.parse(CommentType.class, "type", type), EnumParameter.parse(Disposition.class, "disposition", disposition),
                answered, q).stream().map(CommentView::of).toList();
    }

    @PutMapping("/api/comments/{commentId}/disposition")
    @Operation(summary = "Record the disposition of a comment and the response to it",
            description = "From the day the comment arrives, while the hearing is open and after it closed; staff see the answers, the public "
                    + "once the summary is published. The working group's revision task shows the same answers.")
    @ApiResponse(responseCode = "200", description = "Recorded")
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group")
    @ApiResponse(responseCode = "404", description = "No such comment")
    @ApiResponse(responseCode = "409", description = "The hearing has not opened, or was cancelled")
    @ApiResponse(responseCode = "422", description = "Disposition or response missing or unknown, or a clause not in the revised draft")
    CommentView respond(@PathVariable long commentId, @RequestBody DispositionRequest request, Authentication user) {
        ensureRunsProject(comments.get(commentId).hearingId(), user);
        Disposition disposition = EnumParameter.parse(Disposition.class, "disposition", request.disposition());
        List<Violation> violations = CommentRules.answerViolations(disposition, request.response());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        comments.respond(commentId, disposition, request.response().strip(), request.answeredIn());
        return CommentView.of(comments.get(commentId));
    }

    @GetMapping("/api/hearings/{hearingId}/comments/export.csv")
    @Operation(summary = "The comment resolution matrix as CSV (UTF-8 with BOM)", description = MATRIX_COLUMNS)
    @ApiResponse(responseCode = "200", description = "The matrix")
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group")
    @ApiResponse(responseCode = "404", description = "No such hearing")
    ResponseEntity<byte[]> csv(@PathVariable long hearingId, Locale locale, Authentication user) {
        Hearing hearing = ensureRunsProject(hearingId, user);
        return Downloads.attachment(CommentMatrix.csv(comments.forHearing(hearingId), heardDraft(hearing), locale), Downloads.CSV,
                "comments-hearing-" + hearingId + ".csv");
    }

    @GetMapping("/api/hearings/{hearingId}/comments/export.xlsx")
    @Operation(summary = "The comment resolution matrix as an Excel workbook", description = MATRIX_COLUMNS)
    @ApiResponse(responseCode = "200", description = "The matrix")
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group")
    @ApiResponse(responseCode = "404", description = "No such hearing")
    ResponseEntity<byte[]> xlsx(@PathVariable long hearingId, Locale locale, Authentication user) {
        Hearing hearing = ensureRunsProject(hearingId, user);
        return Downloads.attachment(CommentMatrix.xlsx(comments.forHearing(hearingId), heardDraft(hearing), locale), Downloads.XLSX,
                "comments-hearing-" + hearingId + ".xlsx");
    }

    @GetMapping("/api/hearings/{hearingId}/comments/export.pdf")
    @Operation(summary = "The comment resolution matrix as a PDF/A document, A4 landscape", description = MATRIX_COLUMNS)
    @ApiResponse(responseCode = "200", description = "The matrix")
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group")
    @ApiResponse(responseCode = "404", description = "No such hearing")
    ResponseEntity<byte[]> pdf(@PathVariable long hearingId, Locale locale, Authentication user) {
        Hearing hearing = ensureRunsProject(hearingId, user);
        Map<String, Object> model = new HashMap<>(CommentMatrix.table(comments.forHearing(hearingId), heardDraft(hearing), locale));
        model.put("hearing", views.of(hearing));
        model.put("version", hearing.draftVersionId() == null ? "" : drafts.find(hearing.draftVersionId()).map(DraftVersion::versionLabel).orElse(""));
        model.put("today", EngineTime.today());
        return Downloads.attachment(pdf.render("comment-matrix", model, locale), ThaiPdf.PDF, "comments-hearing-" + hearingId + ".pdf");
    }

    /**
     * The clauses of the version the hearing heard, and the public page of what changed, at the address the request came
     * to (behind the proxy, as it forwards it): the matrix is downloaded from the site whose page it links to.
     */
    private CommentMatrix.HeardDraft heardDraft(Hearing hearing) {
        String page = ServletUriComponentsBuilder.fromCurrentContextPath().path("/hearings/{id}/changes").buildAndExpand(hearing.id()).toUriString();
        return CommentMatrix.HeardDraft.of(hearing.draftVersionId() == null ? List.of() : drafts.outline(hearing.draftVersionId()), page);
    }

    private Hearing ensureRunsProject(long hearingId, Authentication user) {
        return answerers.ensureRunsProject(hearingId, Caller.of(user)).hearing();
    }
}
