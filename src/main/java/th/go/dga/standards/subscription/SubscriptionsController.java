package th.go.dga.standards.subscription;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.security.AddressLimits;
import th.go.dga.standards.security.LimitedPerAddress;
import th.go.dga.standards.validation.Messages;

/**
 * Subscribing to the hearing announcements, for the public: no login. Confirming and unsubscribing are done through
 * the links mailed to the address.
 */
@RestController
@RequestMapping("/api/subscriptions")
@Tag(name = "Subscriptions", description = "Hearing announcements by e-mail, double opt-in. No login needed.")
class SubscriptionsController {

    private final Subscriptions subscriptions;

    SubscriptionsController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Subscribe an address to the hearing announcements",
            description = "Mails a confirmation link to the address; nothing is sent to it until the link is followed and confirmed. "
                    + "The answer is the same whether or not the address was subscribed before.")
    @ApiResponse(responseCode = "202", description = "A confirmation link has been mailed, unless the address is subscribed already")
    @ApiResponse(responseCode = "400", description = "The body cannot be read")
    @ApiResponse(responseCode = "422", description = "No e-mail address or not one, an unknown language, or the consent missing or for an old notice")
    @ApiResponse(responseCode = "429", description = "Too many subscriptions from this address; Retry-After says in how many seconds to try again")
    @LimitedPerAddress(AddressLimits.Purpose.SUBSCRIPTION)
    SubscriptionAccepted subscribe(@RequestBody SubscriptionRequest request, Locale locale) {
        subscriptions.subscribe(request.email(), request.locale(), Boolean.TRUE.equals(request.consent()) ? request.privacyNoticeVersion() : null);
        String address = Addresses.normalise(request.email());
        return new SubscriptionAccepted(address, Messages.get("subscription.check-mail", new Object[] {address}, locale));
    }
}
