package th.go.dga.standards.site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.dga.standards.notification.NotificationStatus;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.validation.NotFoundException;

/**
 * The notification log as pages for the secretariat, and the outbox when no mail server is configured: every mail
 * with what became of it, and each one as it was (or would have been) sent.
 */
@Controller
class OutboxPages {

    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> sender;

    OutboxPages(Notifications notifications, ObjectProvider<JavaMailSender> sender) {
        this.notifications = notifications;
        this.sender = sender;
    }

    @GetMapping("/notifications")
    String log(@RequestParam(required = false) String status, Model model) {
        NotificationStatus wanted = null;
        for (NotificationStatus s : NotificationStatus.values()) {
            if (s.name().equals(status)) {
                wanted = s;
            }
        }
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("mails", notifications.log(wanted, null, null, 300));
        model.addAttribute("sending", sender.getIfAvailable() != null);
        return "notifications";
    }

    @GetMapping("/notifications/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("mail", notifications.find(id).orElseThrow(() -> new NotFoundException("notification.not-found", id)));
        return "notification";
    }
}
