package th.go.dga.standards.workspace;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.signing.AnnouncementPdfs;
import th.go.dga.standards.signing.AwaitingSignature;
import th.go.dga.standards.signing.SigningQueue;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.NotFoundException;

/**
 * "Awaiting my signature", for the two who sign: the director's community standards and the chairman's digital
 * government standards, each with the announcement the signature issues, and a link to the task page that signs it.
 * Anyone else is refused, as the staff menu does not offer it to them.
 */
@Controller
class SigningPages {

    private final SigningQueue queue;
    private final AnnouncementPdfs pdfs;
    private final StandardRegistry registry;

    SigningPages(SigningQueue queue, AnnouncementPdfs pdfs, StandardRegistry registry) {
        this.queue = queue;
        this.pdfs = pdfs;
        this.registry = registry;
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

    /**
     * The announcement a waiting signature will sign, as a PDF without its number: for the one who signs it, among
     * the signatures waiting for them; anyone else's is not found.
     */
    @GetMapping(value = "/work/signing/{taskId}/announcement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyAuthority('GROUP_director', 'GROUP_dgdc-chair')")
    ResponseEntity<byte[]> preview(@PathVariable String taskId, Authentication user) {
        AwaitingSignature item = queue.awaiting().items().stream().filter(i -> i.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("task.not-found", taskId));
        byte[] pdf = pdfs.preview(registry.get(item.standardId()), EngineTime.today(), user.getName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("announcement-draft.pdf").build().toString())
                .cacheControl(CacheControl.noStore()).body(pdf);
    }
}
