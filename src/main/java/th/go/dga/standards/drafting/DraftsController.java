package th.go.dga.standards.drafting;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.document.UploadedFile;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.security.Caller;

/**
 * The versions of a draft: the working group sends each as a Word file, whose clauses the server reads; the public
 * reads the version a hearing puts to it.
 */
@RestController
@Tag(name = "Drafts", description = "ร่างมาตรฐาน: the versions of a draft, sent as Word files, with their clauses")
class DraftsController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final DraftUploads uploads;
    private final DraftReading reading;

    DraftsController(DraftUploads uploads, DraftReading reading) {
        this.uploads = uploads;
        this.reading = reading;
    }

    @PostMapping(path = "/api/standards/{standardId}/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Send a version of the draft as a Word file",
            description = "For the secretariat and the standard's working group. The file must be a DOCX with numbered clauses "
                    + "(ข้อ 1, 4.2, 4.2.1, in Arabic or Thai digits, typed or numbered by Word); it goes through the checks of every "
                    + "document first. It is kept as it was sent, as a document of the standard, and its clauses become the version's "
                    + "text. A version recorded before as a link with the same label gets its file and clauses.")
    @SecurityRequirement(name = "basic")
    @ApiResponse(responseCode = "201", description = "Kept; Location names the version")
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Larger than standards.documents.max-size",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not a document of an accepted format, or an archive that unpacks to too much",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No version label, a label taken, not a Word file, or no clauses found; errors[] says which",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)))
    ResponseEntity<DraftResponse> upload(
            @PathVariable String standardId,
            @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam(name = "version", required = false) String version,
            @Parameter(hidden = true) @RequestParam(name = "note", required = false) String note,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        DraftVersion kept = uploads.upload(standardId, version, note, new UploadedFile(file.getOriginalFilename(), file.getSize(), file), caller);
        DraftResponse body = DraftResponse.of(kept, reading.text(kept.id()).orElse(null));
        return ResponseEntity.created(body.location()).body(body);
    }

    @GetMapping("/api/standards/{standardId}/drafts")
    @Operation(summary = "Every version of a standard's draft", description = "Oldest first, without their clauses.")
    @SecurityRequirement(name = "basic")
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<DraftResponse> versions(@PathVariable String standardId) {
        return reading.versions(standardId);
    }

    @GetMapping("/api/drafts/{id}")
    @Operation(summary = "One version with its clauses", description = "For staff; the public reads the version under hearing at /api/hearings/{id}/draft.")
    @SecurityRequirement(name = "basic")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    DraftResponse version(@PathVariable long id, Authentication authentication) {
        return reading.version(id, Caller.of(authentication));
    }

    @GetMapping("/api/hearings/{hearingId}/draft")
    @Operation(summary = "The draft a hearing puts to the public, with its clauses",
            description = "Public once the hearing has opened. Comments name one of these clauses (its number), or none for the whole draft.")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "404", description = "No such hearing, one the public cannot see yet, or one without a draft",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    DraftResponse heard(@PathVariable long hearingId, Authentication authentication) {
        return reading.heard(hearingId, Caller.of(authentication));
    }

    /** The parts of an upload, for the API's documentation. */
    @Schema(name = "DraftUpload")
    record UploadForm(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary", description = "The draft as a DOCX")
            MultipartFile file,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40, description = "The version's label", example = "2.0")
            String version,
            @Schema(maxLength = 4000, example = "ปรับตามความเห็นของคณะทำงานเทคนิค") String note) {
    }
}
