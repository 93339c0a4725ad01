package th.go.dga.standards.workspace;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.dga.standards.signing.SigningQueue;

/**
 * "Awaiting my signature", for the two who sign: the director's community standards and the chairman's digital
 * government standards, each with the announcement the signature issues, and a link to the task page that signs it.
 * Anyone else is refused, as the staff menu does not offer it to them.
 */
@Controller
class SigningPages {

    private final SigningQueue queue;

    SigningPages(SigningQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/work/signing")
    @PreAuthorize("hasAnyAuthority('GROUP_director', 'GROUP_dgdc-chair')")
    String signing(Model model) {
        SigningQueue.Queue awaiting = queue.awaiting();
        model.addAttribute("items", awaiting.items());
        model.addAttribute("more", awaiting.more());
        model.addAttribute("maxItems", SigningQueue.MAX_ITEMS);
        return "work/signing";
    }
}
