package th.go.dga.standards.promotion;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.lifecycle.StandardView;
import th.go.dga.standards.lifecycle.StandardViews;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Groups;

/** The secretariat proposes the promotion of a published community standard. */
@RestController
@RequestMapping("/api/standards")
@Tag(name = "Standards")
@SecurityRequirement(name = "basic")
class PromotionController {

    private final StandardRegistry registry;
    private final PromotionStarts starts;
    private final StandardViews views;

    PromotionController(StandardRegistry registry, PromotionStarts starts, StandardViews views) {
        this.registry = registry;
        this.starts = starts;
        this.views = views;
    }

    @PostMapping("/{standardId}/promotion")
    @PreAuthorize(Groups.IS_SECRETARIAT)
    @Operation(summary = "Promote a published community standard to a digital government standard",
            description = "Registers the new มรด., linked to this มสพร., and starts its promotion: the secretariat's proposal comes first.")
    @ApiResponse(responseCode = "201", description = "The new government standard")
    @ApiResponse(responseCode = "403", description = "Only the secretariat proposes promotions")
    @ApiResponse(responseCode = "404", description = "No such standard")
    @ApiResponse(responseCode = "409", description = "The standard has no code yet")
    @ApiResponse(responseCode = "422", description = "Not a published community standard, already being promoted, or no number given")
    ResponseEntity<StandardView> promote(@PathVariable String standardId, @RequestBody PromotionRequestBody request) {
        Standard promoted = starts.start(registry.get(standardId), request.number(), request.part(), request.titleTh(), request.titleEn());
        return ResponseEntity.created(URI.create("/api/standards/" + promoted.id())).body(views.detail(promoted));
    }
}
