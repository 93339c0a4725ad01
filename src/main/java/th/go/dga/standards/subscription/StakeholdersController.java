package th.go.dga.standards.subscription;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.security.Groups;

/** The secretariat's list of stakeholders, who are told of every hearing that opens. */
@RestController
@RequestMapping("/api/stakeholders")
@Tag(name = "Stakeholders", description = "Agencies and experts told of every hearing that opens. Secretariat only.")
@SecurityRequirement(name = "basic")
@PreAuthorize(Groups.IS_SECRETARIAT)
class StakeholdersController {

    private final Stakeholders stakeholders;

    StakeholdersController(Stakeholders stakeholders) {
        this.stakeholders = stakeholders;
    }

    @GetMapping
    @Operation(summary = "The stakeholders, by organisation and name")
    @ApiResponse(responseCode = "200", description = "The list")
    @ApiResponse(responseCode = "401", description = "No login")
    @ApiResponse(responseCode = "403", description = "Only the secretariat keeps the list")
    List<Stakeholder> listStakeholders() {
        return stakeholders.all();
    }

    @PostMapping
    @Operation(summary = "Add a stakeholder", description = "One entry per e-mail address, in any case.")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "401", description = "No login")
    @ApiResponse(responseCode = "403", description = "Only the secretariat keeps the list")
    @ApiResponse(responseCode = "409", description = "The address is on the list already")
    @ApiResponse(responseCode = "422", description = "Name or e-mail missing or wrong, a field too long, or an unknown language")
    ResponseEntity<Stakeholder> addStakeholder(@RequestBody StakeholderRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(stakeholders.add(request.name(), request.organisation(), request.email(), request.locale()));
    }

    @DeleteMapping("/{stakeholderId}")
    @Operation(summary = "Take a stakeholder off the list")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "401", description = "No login")
    @ApiResponse(responseCode = "403", description = "Only the secretariat keeps the list")
    @ApiResponse(responseCode = "404", description = "No such stakeholder")
    ResponseEntity<Void> removeStakeholder(@PathVariable long stakeholderId) {
        stakeholders.remove(stakeholderId);
        return ResponseEntity.noContent().build();
    }
}
