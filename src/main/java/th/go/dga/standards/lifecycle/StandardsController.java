package th.go.dga.standards.lifecycle;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.registry.Page;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardQuery;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Groups;
import th.go.dga.standards.validation.InvalidInputException;

/**
 * Standards and projects for staff: register, find, follow, withdraw, promote.
 */
@RestController
@RequestMapping("/api/standards")
@Tag(name = "Standards", description = "Standard projects and standards: register, search, follow, withdraw, promote. Staff only.")
@SecurityRequirement(name = "basic")
class StandardsController {

    private final StandardRegistry registry;
    private final StandardViews views;
    private final ProcessStarts starts;
    private final WithdrawalService withdrawals;

    StandardsController(StandardRegistry registry, StandardViews views, ProcessStarts starts, WithdrawalService withdrawals) {
        this.registry = registry;
        this.views = views;
        this.starts = starts;
        this.withdrawals = withdrawals;
    }

    @PostMapping
    @PreAuthorize(Groups.IS_SECRETARIAT)
    @Operation(summary = "Register a standard project", description = "Starts its lifecycle; the first task goes to the working group.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "403", description = "Only the secretariat registers projects")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong: an unknown working group, a revised standard that cannot be revised, "
            + "the number of a standard already signed without naming it as revised…")
    ResponseEntity<StandardView> register(@RequestBody RegistrationRequest request) {
        Standard standard;
        try {
            standard = starts.register(request.variables());
        } catch (InvalidInputException refused) {
            throw RegistrationRequest.inRequestFields(refused);
        }
        return ResponseEntity.created(URI.create("/api/standards/" + standard.id())).body(views.detail(standard));
    }

    @GetMapping
    @Operation(summary = "Search standards and projects", description = "Every filter given must match; free text is looked for in both titles, the code and the id.")
    @ApiResponse(responseCode = "200", description = "One page of standards")
    @ApiResponse(responseCode = "422", description = "An unknown status, kind or sort, or a page size out of range")
    Page<StandardView> search(
            @Parameter(description = "one or more statuses, repeated or comma-separated", example = "PUBLISHED,IN_FORCE") @RequestParam(required = false) List<String> status,
            @Parameter(example = "MSPR") @RequestParam(required = false) String kind,
            @Parameter(example = "wg-process") @RequestParam(required = false) String workingGroup,
            @Parameter(example = "DIGITAL_PROCESS") @RequestParam(required = false) String subjectGroup,
            @Parameter(description = "Buddhist-era year of the code", example = "2566") @RequestParam(required = false) Integer year,
            @Parameter(description = "text in the Thai or English title, the code or the id", example = "กระบวนการ") @RequestParam(required = false) String q,
            @Parameter(example = "0") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "code, title, status, created or updated, then ,asc or ,desc", example = "code,asc") @RequestParam(required = false) String sort) {
        return registry.search(StandardQuery.of(status, kind, workingGroup, subjectGroup, year, q, page, size, sort)).map(views::summary);
    }

    @GetMapping("/{standardId}")
    @Operation(summary = "One standard: code, titles, versions, current steps, open tasks and links")
    @ApiResponse(responseCode = "200", description = "The standard")
    @ApiResponse(responseCode = "404", description = "No such standard")
    StandardView get(@PathVariable String standardId) {
        return views.detail(registry.get(standardId));
    }

    @GetMapping("/{standardId}/timeline")
    @Operation(summary = "The audit timeline: every status change with who, when and why")
    @ApiResponse(responseCode = "200", description = "The timeline, oldest first")
    @ApiResponse(responseCode = "404", description = "No such standard")
    List<StatusChangeView> timeline(@PathVariable String standardId) {
        registry.get(standardId);
        return registry.timeline(standardId).stream().map(StatusChangeView::of).toList();
    }

    @PostMapping("/{standardId}/withdrawal")
    @PreAuthorize(Groups.IS_SECRETARIAT)
    @Operation(summary = "Withdraw a project", description = "Ends its processes with no task left open. A signed standard cannot be withdrawn.")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ApiResponse(responseCode = "403", description = "Only the secretariat withdraws projects")
    @ApiResponse(responseCode = "404", description = "No such standard")
    @ApiResponse(responseCode = "409", description = "Signed or already withdrawn")
    @ApiResponse(responseCode = "422", description = "No reason given")
    StandardView withdraw(@PathVariable String standardId, @RequestBody WithdrawalRequest request) {
        withdrawals.request(standardId, request.reason());
        return views.detail(registry.get(standardId));
    }
}
