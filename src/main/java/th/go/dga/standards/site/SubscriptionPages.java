package th.go.dga.standards.site;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.hearing.CommentRules;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.security.AddressLimits;
import th.go.dga.standards.security.LimitedPerAddress;
import th.go.dga.standards.subscription.Subscription;
import th.go.dga.standards.subscription.SubscriptionStatus;
import th.go.dga.standards.subscription.Subscriptions;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * Subscribing to the hearing announcements, and the pages the mailed links lead to. Following a link changes
 * nothing: mail scanners open links to look at them. The page shows a button, and only its post confirms or
 * unsubscribes. A mail program's one-click unsubscribe posts to the same address.
 */
@Controller
class SubscriptionPages {

    private final Subscriptions subscriptions;
    private final CommentService comments;

    SubscriptionPages(Subscriptions subscriptions, CommentService comments) {
        this.subscriptions = subscriptions;
        this.comments = comments;
    }

    @GetMapping("/subscribe")
    String form(Model model) {
        return formPage(model, SubscriptionForm.empty(comments.privacyNoticeVersion()), Map.of());
    }

    @PostMapping("/subscribe")
    @LimitedPerAddress(AddressLimits.Purpose.SUBSCRIPTION)
    String subscribe(@ModelAttribute SubscriptionForm form, Model model, Locale locale, HttpServletResponse response) {
        try {
            subscriptions.subscribe(form.email(), "en".equals(locale.getLanguage()) ? "en" : "th", Boolean.TRUE.equals(form.consent()) ? form.privacyNoticeVersion() : null);
            return "redirect:/subscribe/sent";
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, errors(invalid, locale));
        }
    }

    /** The same answer for every address, subscribed before or not. */
    @GetMapping("/subscribe/sent")
    String sent(Model model) {
        model.addAttribute("state", "sent");
        return "subscription";
    }

    @GetMapping("/subscriptions/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<Subscription> subscription = subscriptions.byToken(token).filter(s -> s.status() != SubscriptionStatus.UNSUBSCRIBED);
        if (subscription.isEmpty()) {
            return invalid(model, response);
        }
        return page(model, subscription.get(), subscription.get().status() == SubscriptionStatus.ACTIVE ? "confirmed" : "confirm");
    }

    @PostMapping("/subscriptions/confirm")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<Subscription> subscription = subscriptions.confirm(token).filter(s -> s.status() == SubscriptionStatus.ACTIVE);
        return subscription.isEmpty() ? invalid(model, response) : page(model, subscription.get(), "confirmed");
    }

    @GetMapping("/subscriptions/unsubscribe")
    String unsubscribePage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<Subscription> subscription = subscriptions.byToken(token);
        if (subscription.isEmpty()) {
            return invalid(model, response);
        }
        return page(model, subscription.get(), subscription.get().status() == SubscriptionStatus.UNSUBSCRIBED ? "unsubscribed" : "unsubscribe");
    }

    /** The page's button, and a mail program's one-click unsubscribe ({@code List-Unsubscribe=One-Click}, RFC 8058). */
    @PostMapping("/subscriptions/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<Subscription> subscription = subscriptions.unsubscribe(token);
        return subscription.isEmpty() ? invalid(model, response) : page(model, subscription.get(), "unsubscribed");
    }

    private static String page(Model model, Subscription subscription, String state) {
        model.addAttribute("state", state);
        model.addAttribute("email", subscription.email());
        model.addAttribute("token", subscription.token());
        return "subscription";
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("state", "invalid");
        return "subscription";
    }

    private static String formPage(Model model, SubscriptionForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "subscribe";
    }

    /** The message of each field at fault, in the page's language; the consent's version is the consent's. */
    private static Map<String, String> errors(InvalidInputException invalid, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : invalid.violations()) {
            String field = CommentRules.PRIVACY_NOTICE_VERSION.equals(v.field()) ? CommentRules.CONSENT : v.field();
            errors.putIfAbsent(field == null ? "form" : field, v.message(locale));
        }
        return errors;
    }
}
