package th.go.dga.standards.signature;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.security.AddressLimits;
import th.go.dga.standards.security.LimitedPerAddress;

/**
 * The public check of a signed PDF: anyone may send one and read who signed it, when, and whether it is intact.
 */
@RestController
@Tag(name = "Verification", description = "ตรวจลายมือชื่ออิเล็กทรอนิกส์: the signatures of a PDF checked against the agency's trust anchors")
class VerificationController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final PdfVerifier verifier;

    VerificationController(PdfVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping(path = "/api/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @LimitedPerAddress(AddressLimits.Purpose.VERIFICATION)
    @Operation(summary = "Check the signatures of a PDF",
            description = "Public. The verdict (VALID, INVALID, NOT_TRUSTED, INDETERMINATE, NO_SIGNATURE) with a sentence in Thai and in "
                    + "English, and for each signature the signer, the certificate, the timestamp, whether the document is unchanged since "
                    + "and whether the certificate leads to a trust anchor. Limited per address (standards.limits.verifications).")
    @ApiResponse(responseCode = "200", description = "What the check found")
    @ApiResponse(responseCode = "400", description = "No file part",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Larger than standards.signature.max-verify-size",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Empty, not a PDF, or a PDF that cannot be read; errors[] names the file",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many checks from this address; Retry-After says when to try again",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = VerifyForm.class)))
    Verification verify(@Parameter(hidden = true) @RequestParam(PdfVerifier.FILE) MultipartFile file) {
        return verifier.verify(file.getSize(), file);
    }

    /** The form of the request, for the OpenAPI document. */
    record VerifyForm(@Schema(type = "string", format = "binary", description = "The PDF") String file) {
    }
}
