package th.go.dga.standards.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.document.DocumentContent;
import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.security.AddressLimits;
import th.go.dga.standards.security.LimitedPerAddress;
import th.go.dga.standards.signature.PdfVerifier;
import th.go.dga.standards.signature.Verification;
import th.go.dga.standards.signing.Announcement;
import th.go.dga.standards.signing.AnnouncementNumber;
import th.go.dga.standards.signing.AnnouncementService;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Messages;

/**
 * The public check of a signed PDF: a visitor sends one and reads, verdict first, who signed it, when, and whether it
 * is unchanged since; or follows a link to a published document ({@code /verify?sha256=…}), or the one printed in the
 * QR code of a signed announcement ({@code /verify?announcement=DGA-2569-3}), which checks the published PDF.
 */
@Controller
class VerifyPages {

    private final PdfVerifier verifier;
    private final DocumentService documents;
    private final AnnouncementService announcements;

    VerifyPages(PdfVerifier verifier, DocumentService documents, AnnouncementService announcements) {
        this.verifier = verifier;
        this.documents = documents;
        this.announcements = announcements;
    }

    @GetMapping("/verify")
    String page(@RequestParam(required = false) String sha256, @RequestParam(required = false) String number,
            @RequestParam(required = false) String announcement, Model model, HttpServletResponse response) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("maxSizeMb", verifier.maxSize() / (1024 * 1024));
        if ((sha256 == null || sha256.isBlank()) && announcement != null && !announcement.isBlank()) {
            Optional<Announcement> issued = issued(announcement);
            if (issued.isEmpty() || issued.get().sha256() == null) {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("number", announcement.strip());
                model.addAttribute("unknown", true);
                return "verify";
            }
            sha256 = issued.get().sha256();
            number = issued.get().number().format();
        }
        if (sha256 == null || sha256.isBlank()) {
            return "verify";
        }
        model.addAttribute("sha256", sha256);
        model.addAttribute("number", number);
        Optional<DocumentContent> published = documents.publicBySha256(sha256.strip());
        if (published.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("unknown", true);
            return "verify";
        }
        try {
            model.addAttribute("document", published.get().document());
            model.addAttribute("result", verifier.verify(Files.readAllBytes(published.get().file())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "verify";
    }

    private Optional<Announcement> issued(String key) {
        try {
            return announcements.byNumber(AnnouncementNumber.ofKey(key, "announcement"));
        } catch (InvalidInputException notANumber) {
            return Optional.empty();
        }
    }

    @PostMapping("/verify")
    @LimitedPerAddress(AddressLimits.Purpose.VERIFICATION)
    String check(@RequestParam(name = PdfVerifier.FILE, required = false) MultipartFile file, Model model, Locale locale,
            HttpServletResponse response) {
        model.addAttribute("maxSizeMb", verifier.maxSize() / (1024 * 1024));
        model.addAttribute("errors", Map.of());
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of(PdfVerifier.FILE, Messages.get("verify.choose-file", null, locale)));
            return "verify";
        }
        try {
            Verification result = verifier.verify(file.getSize(), file);
            model.addAttribute("result", result);
            model.addAttribute("filename", file.getOriginalFilename());
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errors", Map.of(PdfVerifier.FILE, invalid.toPerson(locale)));
        } catch (MaxUploadSizeExceededException tooLarge) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            model.addAttribute("errors", Map.of(PdfVerifier.FILE, Messages.get("verify.too-large", new Object[] {verifier.maxSize() / (1024 * 1024)}, locale)));
        }
        return "verify";
    }
}
