package th.go.dga.standards.hearing;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.security.AddressLimits;
import th.go.dga.standards.security.Groups;
import th.go.dga.standards.security.LimitedPerAddress;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.Violation;

/**
 * Public hearings for the public: no login. Read the open, upcoming and closed hearings, send a comment, register
 * for the meeting. The secretariat moves a meeting here too.
 */
@RestController
@RequestMapping("/api/hearings")
@Tag(name = "Hearings", description = "Public hearings, comments and meeting registration. No login needed, except to move a meeting (secretariat).")
class HearingsController {

    private final HearingService hearings;
    private final HearingViews views;
    private final CommentSubmissions submissions;
    private final MeetingRegistrations registrations;
    private final MeetingMoves moves;

    HearingsController(HearingService hearings, HearingViews views, CommentSubmissions submissions, MeetingRegistrations registrations,
                       MeetingMoves moves) {
        this.hearings = hearings;
        this.views = views;
        this.submissions = submissions;
        this.registrations = registrations;
        this.moves = moves;
    }

    @GetMapping
    @Operation(summary = "Open, upcoming or closed hearings",
            description = "open: comments are taken now, closing soonest first; upcoming: scheduled, opening soonest first; "
                    + "closed: most recent first. Without a state, all of them.")
    @ApiResponse(responseCode = "200", description = "The hearings")
    @ApiResponse(responseCode = "422", description = "An unknown state")
    List<HearingView> list(@Parameter(description = "open, upcoming or closed", example = "open") @RequestParam(required = false) String state) {
        return hearings.visible(status(state)).stream().map(views::of).toList();
    }

    @GetMapping("/{hearingId}")
    @Operation(summary = "One hearing: its schedule, meeting, materials and FAQ")
    @ApiResponse(responseCode = "200", description = "The hearing")
    @ApiResponse(responseCode = "404", description = "No such hearing")
    HearingView get(@PathVariable long hearingId) {
        return views.of(visible(hearingId));
    }

    @PostMapping("/{hearingId}/comments")
    @Operation(summary = "Send a comment on the draft",
            description = "Taken while the comment period runs. With an Idempotency-Key, sending the same request again returns the "
                    + "first comment instead of storing a second one; the same key with a different request is refused.")
    @ApiResponse(responseCode = "201", description = "Stored; the receipt carries the reference number",
            headers = @Header(name = "Idempotent-Replayed", description = "true when an earlier request with this key stored the comment"))
    @ApiResponse(responseCode = "404", description = "No such hearing")
    @ApiResponse(responseCode = "409", description = "The comment period has not opened or has closed; closedAt says when it closed")
    @ApiResponse(responseCode = "422", description = "A required field is missing or wrong, or the consent is missing or for an old notice")
    @ApiResponse(responseCode = "429", description = "Too many comments from this address; Retry-After says in how many seconds to try again")
    @LimitedPerAddress(AddressLimits.Purpose.COMMENT)
    ResponseEntity<CommentReceipt> comment(@PathVariable long hearingId,
                                           @Parameter(description = "a key of the client's choosing, at most 100 visible ASCII characters",
                                                   example = "6f1c9a52-8d0e-4a0b-9b7e-2c5f0e1d3a77")
                                           @RequestHeader(name = CommentSubmissions.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                           @RequestBody CommentRequest request) {
        visible(hearingId);
        CommentSubmissions.Receipt receipt = submissions.submit(hearingId, idempotencyKey, request.toNewComment());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
                .body(CommentReceipt.of(receipt.comment()));
    }

    @PostMapping("/{hearingId}/registrations")
    @Operation(summary = "Register to attend the hearing meeting",
            description = "One registration per e-mail address: registering again returns the registration made before, with 200.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "200", description = "Registered before with this e-mail address")
    @ApiResponse(responseCode = "404", description = "No such hearing")
    @ApiResponse(responseCode = "409", description = "The meeting has ended or the hearing is closed")
    @ApiResponse(responseCode = "422", description = "Name, e-mail or consent missing or wrong")
    @ApiResponse(responseCode = "429", description = "Too many registrations from this address; Retry-After says in how many seconds to try again")
    @LimitedPerAddress(AddressLimits.Purpose.REGISTRATION)
    ResponseEntity<RegistrationView> register(@PathVariable long hearingId, @RequestBody RegistrationRequest request) {
        visible(hearingId);
        MeetingRegistrations.Outcome outcome = registrations.register(hearingId, request.name(), request.organisation(), request.email(),
                Boolean.TRUE.equals(request.consent()) ? request.privacyNoticeVersion() : null);
        return ResponseEntity.status(outcome.existing() ? HttpStatus.OK : HttpStatus.CREATED).body(RegistrationView.of(outcome.registration()));
    }

    @PutMapping("/{hearingId}/meeting")
    @PreAuthorize(Groups.IS_SECRETARIAT)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Move the hearing meeting (secretariat)",
            description = "A new start and end, inside the comment period and in the future, and a new link if it changes. The process "
                    + "waits for the new end, and everyone registered receives an updated calendar invitation.")
    @ApiResponse(responseCode = "200", description = "Moved; the hearing with its new meeting")
    @ApiResponse(responseCode = "400", description = "A time that cannot be read")
    @ApiResponse(responseCode = "401", description = "Not logged in")
    @ApiResponse(responseCode = "403", description = "Not the secretariat")
    @ApiResponse(responseCode = "404", description = "No such hearing")
    @ApiResponse(responseCode = "409", description = "The hearing is closed or cancelled, or its meeting has been held")
    @ApiResponse(responseCode = "422", description = "The end is not after the start, the start has passed, the meeting falls outside "
            + "the comment period, or the link is not a web address")
    HearingView moveMeeting(@PathVariable long hearingId, @RequestBody MeetingChangeRequest request) {
        return views.of(moves.move(hearingId, request.meetingStart(), request.meetingEnd(), request.meetingLink()));
    }

    /** A hearing the public may see: a cancelled one is as good as none. */
    private Hearing visible(long hearingId) {
        Hearing hearing = hearings.get(hearingId);
        if (hearing.status() == HearingStatus.CANCELLED) {
            throw new NotFoundException("hearing.not-found", hearingId);
        }
        return hearing;
    }

    private static HearingStatus status(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        return switch (state.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> HearingStatus.OPEN;
            case "upcoming" -> HearingStatus.SCHEDULED;
            case "closed" -> HearingStatus.CLOSED;
            default -> throw new InvalidInputException(Violation.of("state", "hearing.state-unknown", state));
        };
    }
}
