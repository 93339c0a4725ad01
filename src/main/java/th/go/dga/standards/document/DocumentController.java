package th.go.dga.standards.document;

import java.net.URI;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.ProblemDetails;
import th.go.dga.standards.validation.Violation;

/**
 * Documents of standards and hearings: upload (the secretariat and the standard's working group), lists, metadata
 * and download. Who may read what is decided by {@link DocumentAccess}; a document the caller may not read is
 * answered with 404.
 */
@RestController
@Tag(name = "Documents", description = "เอกสาร: drafts, forms, slides, FAQs and other files of standards and hearings")
class DocumentController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    /** How Tomcat's upload parser says that the headers of a part are longer than it reads. */
    private static final String PART_HEADERS_TOO_LONG = "Header section has more than";

    private final DocumentService documents;
    private final long maxSize;

    DocumentController(DocumentService documents, DocumentSettings settings) {
        this.documents = documents;
        this.maxSize = settings.maxSize().toBytes();
    }

    @PostMapping(path = "/api/standards/{standardId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document of a standard",
            description = "For the secretariat and the standard's working group. The file must be a PDF, DOCX, XLSX, PPTX, "
                    + "ODT, PNG or JPEG, as its content shows, and its name must not announce another format.")
    @SecurityRequirement(name = "basic")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new document",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/documents/{id}"))
    @ApiResponse(responseCode = "400", description = "No file part, a file name longer than 255 characters or with a character the server cannot read; errors[] names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No user or a wrong password",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Larger than standards.documents.max-size",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Content not accepted, not matching its name, or an archive that unpacks to too much",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A field breaks a rule; errors[] names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)))
    ResponseEntity<DocumentResponse> uploadToStandard(
            @PathVariable String standardId,
            @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam(name = "type", required = false) String type,
            @Parameter(hidden = true) @RequestParam(name = "label", required = false) String label,
            @Parameter(hidden = true) @RequestParam(name = "version", required = false) String version,
            @Parameter(hidden = true) @RequestParam(name = "putUpOn", required = false) String putUpOn,
            Authentication authentication, Locale locale) {
        return created(documents.upload(DocumentOwner.standard(standardId), new DocumentForm(type, label, version, putUpOn),
                uploaded(file), Caller.of(authentication)), locale);
    }

    @PostMapping(path = "/api/hearings/{hearingId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document of a hearing",
            description = "For the secretariat and the working group of the hearing's standard. The same checks as for a standard's documents.")
    @SecurityRequirement(name = "basic")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new document",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/documents/{id}"))
    @ApiResponse(responseCode = "400", description = "No file part, a file name longer than 255 characters or with a character the server cannot read; errors[] names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No user or a wrong password",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither the secretariat nor the standard's working group",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such hearing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Larger than standards.documents.max-size",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Content not accepted, not matching its name, or an archive that unpacks to too much",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A field breaks a rule; errors[] names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)))
    ResponseEntity<DocumentResponse> uploadToHearing(
            @PathVariable long hearingId,
            @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam(name = "type", required = false) String type,
            @Parameter(hidden = true) @RequestParam(name = "label", required = false) String label,
            @Parameter(hidden = true) @RequestParam(name = "version", required = false) String version,
            @Parameter(hidden = true) @RequestParam(name = "putUpOn", required = false) String putUpOn,
            Authentication authentication, Locale locale) {
        return created(documents.upload(DocumentOwner.hearing(hearingId), new DocumentForm(type, label, version, putUpOn),
                uploaded(file), Caller.of(authentication)), locale);
    }

    @GetMapping("/api/standards/{standardId}/documents")
    @Operation(summary = "The documents of a standard", description = "In the order they were put up, then in the order they were uploaded.")
    @SecurityRequirement(name = "basic")
    @ApiResponse(responseCode = "200", description = "The documents")
    @ApiResponse(responseCode = "401", description = "No user or a wrong password",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<DocumentResponse> standardDocuments(@PathVariable String standardId, Authentication authentication, Locale locale) {
        return documents.forStandard(standardId, Caller.of(authentication)).stream().map(d -> DocumentResponse.of(d, locale)).toList();
    }

    @GetMapping("/api/hearings/{hearingId}/documents")
    @Operation(summary = "The documents of a hearing",
            description = "Public once the hearing has opened; in the order they were put up, then in the order they were uploaded.")
    @ApiResponse(responseCode = "200", description = "The documents")
    @ApiResponse(responseCode = "404", description = "No such hearing, or one the public cannot see yet",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<DocumentResponse> hearingDocuments(@PathVariable long hearingId, Authentication authentication, Locale locale) {
        return documents.forHearing(hearingId, Caller.of(authentication)).stream().map(d -> DocumentResponse.of(d, locale)).toList();
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "What is known of a document",
            description = "Public for the documents of an open or closed hearing and of a published, in-force or superseded standard.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    DocumentResponse document(@PathVariable long id, Authentication authentication, Locale locale) {
        return DocumentResponse.of(documents.get(id, Caller.of(authentication)), locale);
    }

    @GetMapping("/api/documents/{id}/content")
    @Operation(summary = "Download a document",
            description = "As an attachment named after the uploaded file (UTF-8 filename*), with the type found in its content. "
                    + "The ETag is the SHA-256; If-None-Match with it answers 304. Repr-Digest carries the same SHA-256.")
    @ApiResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "\"<sha-256 hex>\""),
                    @Header(name = "Repr-Digest", description = "sha-256=:<base64>: (RFC 9530)"),
                    @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"...\"; filename*=UTF-8''...")})
    @ApiResponse(responseCode = "304", description = "If-None-Match matched the ETag", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Resource> content(@PathVariable long id, Authentication authentication) {
        DocumentContent content = documents.content(id, Caller.of(authentication));
        Document document = content.document();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .eTag(document.sha256())
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(document.filename()))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256())) + ":")
                .header("X-Content-Type-Options", "nosniff");
        if (content.isPublic()) {
            // a document never changes, but whether it is public can: caches ask again, and get a 304
            response.cacheControl(CacheControl.noCache());
        }
        return response.body(new FileSystemResource(content.file()));
    }

    /**
     * An upload over the limit, refused while it arrived. The container does not say what the limit was; the caller
     * should know it. The container reports the headers of a part that are longer than it reads
     * ({@code server.tomcat.max-part-header-size}) in the same way, but that is a file name far too long, not a file
     * too large, and is answered as such.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        if (causedBy(e, cause -> cause.getMessage() != null && cause.getMessage().contains(PART_HEADERS_TOO_LONG))) {
            return ProblemDetails.malformedRequest(Violation.of(DocumentForm.FILE, "document.part-headers-too-long", FileNames.MAX_CLIENT_LENGTH), locale);
        }
        return ProblemDetails.problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                Messages.get("problem.too-large", new Object[] {Sizes.format(maxSize)}, locale), locale);
    }

    /**
     * An upload the container could not read: a file name with a character it refuses (a NUL), or a body that is not
     * multipart as it says.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e, Locale locale) {
        if (causedBy(e, cause -> cause.getClass().getSimpleName().equals("InvalidFileNameException"))) {
            return ProblemDetails.malformedRequest(Violation.of(DocumentForm.FILE, "document.filename-unreadable"), locale);
        }
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "malformed-request", Messages.get("document.upload-unreadable", null, locale), locale);
    }

    private static boolean causedBy(Throwable thrown, Predicate<Throwable> test) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The fields of an upload, as the OpenAPI document shows them; the handlers read them one by one. */
    @Schema(name = "DocumentUpload")
    record UploadForm(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
                    description = "PDF, DOCX, XLSX, PPTX, ODT, PNG or JPEG, by its content; its name's extension must agree")
            MultipartFile file,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What the document is for", example = "DRAFT")
            DocumentType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = DocumentForm.LABEL_MAX, description = "Its title on the page",
                    example = "(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยแนวทางการจัดทำกระบวนการทางดิจิทัล ส่วนที่ 5")
            String label,
            @Schema(maxLength = DocumentForm.VERSION_MAX, description = "Its own version, if it has one", example = "v2.0")
            String version,
            @Schema(type = "string", format = "date", description = "The date it was put up (วันที่นำเข้า); today in Bangkok if empty; "
                    + "not in the future", example = "2024-02-15")
            LocalDate putUpOn) {
    }

    private static ResponseEntity<DocumentResponse> created(Document document, Locale locale) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/documents/{id}").buildAndExpand(document.id()).toUri();
        return ResponseEntity.created(location).body(DocumentResponse.of(document, locale));
    }

    private static UploadedFile uploaded(MultipartFile file) {
        return new UploadedFile(file.getOriginalFilename(), file.getSize(), file);
    }
}
