package th.go.dga.standards.signing;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.gazette.GazetteService;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.StateConflictException;

/**
 * The chairman's signature on a digital government standard: the standard gets its code, of the year of signing, the
 * committee's announcement gets the next number of its series and is signed as a PDF, and the standard waits for the Royal Gazette, all in
 * the signing transaction.
 */
@Service
@Transactional
public class ChairSignatureService {

    private final StandardRegistry registry;
    private final StandardCodes codes;
    private final GazetteService gazette;
    private final CurrentUser currentUser;
    private final AnnouncementService announcements;
    private final SignedAnnouncements signed;

    ChairSignatureService(StandardRegistry registry, StandardCodes codes, GazetteService gazette, CurrentUser currentUser,
                          AnnouncementService announcements, SignedAnnouncements signed) {
        this.signed = signed;
        this.announcements = announcements;
        this.registry = registry;
        this.codes = codes;
        this.gazette = gazette;
        this.currentUser = currentUser;
    }

    /** What the chairman's signature gave: the standard's code and the committee's announcement. */
    public record Signed(StandardCode code, Announcement announcement) {
    }

    /**
     * Records the chairman's signature.
     *
     * @param signer the chairman who signed, when the engine has no authenticated user
     * @return the code the standard now has and the committee's announcement, numbered in the committee's series
     */
    public Signed sign(String standardId, String signer) {
        Standard standard = registry.get(standardId);
        if (standard.kind() != StandardKind.MRD) {
            throw new StateConflictException("gazette.not-government-standard", standard.displayCode());
        }
        LocalDate today = EngineTime.today();
        StandardCode code = codes.issue(standard, today);
        String signedBy = currentUser.idOr(signer);
        Announcement announcement = signed.sign(announcements.announce(AnnouncementIssuer.DGDC, code.year(), signedBy, today, standardId),
                standard, code);
        gazette.openRecord(standardId, signedBy, today);
        registry.changeStatus(standardId, StandardStatus.AWAITING_GAZETTE, Messages.get("gazette.signed", code.format()), signedBy);
        return new Signed(code, announcement);
    }
}
