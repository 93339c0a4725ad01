package th.go.dga.standards.hearing;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A meeting registration as returned to the registrant. */
@Schema(name = "Registration")
public record RegistrationView(@Schema(example = "12") long id, @Schema(example = "7") long hearingId, String name, String organisation,
                               String email, Instant registeredAt) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.id(), r.hearingId(), r.name(), r.organisation(), r.email(), r.registeredAt());
    }
}
