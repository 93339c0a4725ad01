package th.go.dga.standards.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.security.Groups;

/**
 * A person's requests under the PDPA, answered by the secretariat. The address goes in the body, so that it is not
 * written to any access log as part of a URL.
 */
@RestController
@RequestMapping("/api/personal-data")
@Tag(name = "Personal data", description = "A commenter's, registrant's, subscriber's or stakeholder's data, exported or erased on their request. "
        + "Secretariat only.")
@SecurityRequirement(name = "basic")
@PreAuthorize(Groups.IS_SECRETARIAT)
class PersonalDataController {

    private final PersonalDataService personalData;

    PersonalDataController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    /** @param email the address the person used */
    record PersonRequest(@Schema(example = "somying@example.go.th") String email) {
    }

    @PostMapping("/export")
    @Operation(summary = "Everything held about a person", description = "Their comments with the answers they received, their meeting "
            + "registrations, anything in the engine's history that holds their address or name (a variable's value, now or before a "
            + "change, a comment on a task or a process, an entry of the user operation log), their subscriptions to the hearing "
            + "announcements, their entry on the stakeholder list, and the mails sent to them.")
    @ApiResponse(responseCode = "200", description = "The person's data; empty lists when nothing is held")
    @ApiResponse(responseCode = "403", description = "Only the secretariat answers these requests")
    @ApiResponse(responseCode = "422", description = "No e-mail address, or not one")
    PersonalDataExport export(@RequestBody PersonRequest request) {
        return personalData.export(request.email());
    }

    @PostMapping("/erasure")
    @Operation(summary = "Erase a person", description = "Their comments stay, with their answers, without their name, organisation or "
            + "address; their registrations are removed; the engine's history is cleared of them: variables of ended processes, comments, "
            + "entries of the user operation log. A value a running process still holds is listed, for that process's users to change. "
            + "Their subscriptions and stakeholder entry are removed, and the mails sent to them no longer say to whom.")
    @ApiResponse(responseCode = "200", description = "What was erased")
    @ApiResponse(responseCode = "403", description = "Only the secretariat answers these requests")
    @ApiResponse(responseCode = "422", description = "No e-mail address, or not one")
    ErasureReport erase(@RequestBody PersonRequest request) {
        return personalData.erase(request.email());
    }
}
