package th.go.dga.standards.catalogue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.export.Downloads;
import th.go.dga.standards.registry.StandardQuery;

/**
 * The public catalogue, and the same as open data to download.
 */
@RestController
@RequestMapping("/api/catalogue")
@Tag(name = "Catalogue", description = "Published and in-force standards, also as open data. No login needed.")
class CatalogueController {

    static final List<String> OPEN_DATA_COLUMNS = List.of("code", "kind", "title_th", "title_en", "version", "subject_group", "status",
            "published_on", "effective_on", "announcement", "announcement_pdf", "announcement_sha256", "gazette", "supersedes", "superseded_by", "promoted_from", "promoted_to");

    private final Catalogue catalogue;
    private final ObjectMapper json;

    CatalogueController(Catalogue catalogue, ObjectMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Search the catalogue", description = "Published and in-force standards unless statuses are asked for "
            + "(SUPERSEDED and AWAITING_GAZETTE may be); drafts are never listed.")
    @ApiResponse(responseCode = "200", description = "The standards, by code")
    @ApiResponse(responseCode = "422", description = "An unknown kind, status or year")
    List<CatalogueEntry> search(
            @Parameter(example = "MRD") @RequestParam(required = false) String kind,
            @Parameter(example = "IN_FORCE") @RequestParam(required = false) List<String> status,
            @Parameter(example = "DIGITAL_ID") @RequestParam(required = false) String subjectGroup,
            @Parameter(description = "Buddhist-era year of the code", example = "2564") @RequestParam(required = false) Integer year,
            @Parameter(description = "text in the title or the code", example = "ดิจิทัลไอดี") @RequestParam(required = false) String q) {
        return catalogue.entries(query(kind, status, subjectGroup, year, q));
    }

    @GetMapping(value = "/open-data.csv", produces = "text/csv")
    @Operation(summary = "The catalogue as open data, CSV (UTF-8 with BOM)")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    @ApiResponse(responseCode = "422", description = "An unknown kind, status or year")
    ResponseEntity<byte[]> csv(
            @Parameter(example = "MRD") @RequestParam(required = false) String kind,
            @Parameter(example = "IN_FORCE") @RequestParam(required = false) List<String> status,
            @Parameter(example = "DIGITAL_ID") @RequestParam(required = false) String subjectGroup,
            @Parameter(description = "Buddhist-era year of the code", example = "2564") @RequestParam(required = false) Integer year,
            @Parameter(description = "text in the title or the code", example = "ดิจิทัลไอดี") @RequestParam(required = false) String q) {
        List<List<?>> rows = catalogue.entries(query(kind, status, subjectGroup, year, q)).stream().<List<?>>map(e -> Arrays.asList(e.code(), e.kind(),
                e.titleTh(), e.titleEn(), e.version(), e.subjectGroup(), e.status(), e.publishedOn(), e.effectiveOn(), e.announcement(),
                e.announcementPdf(), e.announcementSha256(), e.gazette(), e.supersedes(), e.supersededBy(), e.promotedFrom(), e.promotedTo())).toList();
        return Downloads.attachment(Downloads.csv(OPEN_DATA_COLUMNS, rows), Downloads.CSV, "dga-standards.csv");
    }

    @GetMapping(value = "/open-data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The catalogue as open data, JSON")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    @ApiResponse(responseCode = "422", description = "An unknown kind, status or year")
    ResponseEntity<byte[]> openJson(
            @Parameter(example = "MRD") @RequestParam(required = false) String kind,
            @Parameter(example = "IN_FORCE") @RequestParam(required = false) List<String> status,
            @Parameter(example = "DIGITAL_ID") @RequestParam(required = false) String subjectGroup,
            @Parameter(description = "Buddhist-era year of the code", example = "2564") @RequestParam(required = false) Integer year,
            @Parameter(description = "text in the title or the code", example = "ดิจิทัลไอดี") @RequestParam(required = false) String q) throws IOException {
        return Downloads.attachment(json.writeValueAsBytes(catalogue.entries(query(kind, status, subjectGroup, year, q))), MediaType.APPLICATION_JSON,
                "dga-standards.json");
    }

    private static StandardQuery query(String kind, List<String> status, String subjectGroup, Integer year, String q) {
        return StandardQuery.of(status, kind, null, subjectGroup, year, q, 0, StandardQuery.MAX_SIZE, "code");
    }
}
