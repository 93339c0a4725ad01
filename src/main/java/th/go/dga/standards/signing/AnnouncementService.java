package th.go.dga.standards.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.StateConflictException;

/**
 * The director's signature on a community standard: the announcement gets the next number of the year and is signed
 * as a PDF, the standard gets its code and is published, and the standard it revises is superseded, all in the
 * signing transaction.
 */
@Service
@Transactional
public class AnnouncementService {

    private final JdbcClient jdbc;
    private final AnnouncementCounter counter;
    private final StandardRegistry registry;
    private final CurrentUser currentUser;
    private final StandardCodes codes;
    private final SignedAnnouncements signed;

    AnnouncementService(JdbcClient jdbc, AnnouncementCounter counter, StandardRegistry registry, CurrentUser currentUser, StandardCodes codes,
                        SignedAnnouncements signed) {
        this.signed = signed;
        this.jdbc = jdbc;
        this.counter = counter;
        this.registry = registry;
        this.currentUser = currentUser;
        this.codes = codes;
    }

    /**
     * Issues the announcement of a signed community standard.
     *
     * @param signer the director who signed, when the engine has no authenticated user (the task's assignee)
     */
    public Announcement issue(String standardId, String signer) {
        Standard standard = signable(standardId);
        LocalDate today = EngineTime.today();
        StandardCode code = codes.issue(standard, today);
        String signedBy = currentUser.idOr(signer);
        Announcement announcement = signed.sign(announce(AnnouncementIssuer.DGA, code.year(), signedBy, today, standardId), standard, code);
        AnnouncementNumber number = announcement.number();
        registry.recordPublication(standardId, today, today);
        registry.changeStatus(standardId, StandardStatus.PUBLISHED, Messages.get("signing.published", number.format(), code.format()), signedBy);
        registry.supersedePredecessor(standardId);
        return announcement;
    }

    /**
     * The community standard, if the director can sign it now: a community standard awaiting signature.
     *
     * @throws StateConflictException when it is not
     */
    @Transactional(readOnly = true)
    public Standard signable(String standardId) {
        Standard standard = registry.get(standardId);
        if (standard.kind() != StandardKind.MSPR) {
            throw new StateConflictException("signing.not-community-standard", standard.displayCode());
        }
        if (standard.status() != StandardStatus.AWAITING_SIGNATURE) {
            throw new StateConflictException("signing.not-awaiting-signature", standard.displayCode(), standard.status().labelTh());
        }
        return standard;
    }

    /**
     * Gives the next number of the issuer's series in {@code year} to an announcement signed today that issues the
     * standard, inside the signing transaction.
     */
    public Announcement announce(AnnouncementIssuer issuer, int year, String signedBy, LocalDate signedOn, String standardId) {
        Announcement announcement = insert(counter.next(issuer, year), signedBy, signedOn);
        link(standardId, announcement);
        return announcement;
    }

    /**
     * Records an announcement signed before the system existed, such as ม 3/2566, for the standards it issued. The
     * year's counter moves past its number, so the number is never given again.
     */
    public Announcement recordIssued(AnnouncementNumber number, String signedBy, LocalDate signedOn, List<String> standardIds) {
        counter.passed(number);
        Announcement announcement = insert(number, signedBy, signedOn);
        standardIds.forEach(id -> link(id, announcement));
        return announcement;
    }

    private Announcement insert(AnnouncementNumber number, String signedBy, LocalDate signedOn) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into announcement (issuer, year_be, number, signed_by, signed_on) values (:issuer, :year, :number, :by, :on)")
                .param("issuer", number.issuer().name()).param("year", number.year()).param("number", number.number()).param("by", signedBy).param("on", signedOn)
                .update(keys, "id");
        return new Announcement(keys.getKeyAs(Long.class), number, signedBy, signedOn, null, null);
    }

    private void link(String standardId, Announcement announcement) {
        jdbc.sql("update standard set announcement_id = :announcement where id = :id")
                .param("announcement", announcement.id()).param("id", standardId).update();
    }

    /** The announcements that issued these standards, by standard; a standard not issued by one is not in it. */
    @Transactional(readOnly = true)
    public Map<String, Announcement> forStandards(Collection<String> standardIds) {
        Map<String, Announcement> issued = new HashMap<>();
        if (standardIds.isEmpty()) {
            return issued;
        }
        jdbc.sql("""
                select s.id as standard_id, a.id, a.issuer, a.year_be, a.number, a.signed_by, a.signed_on, a.document_id, d.sha256
                from announcement a join standard s on s.announcement_id = a.id left join document d on d.id = a.document_id
                where s.id in (:ids)""")
                .param("ids", standardIds)
                .query((rs, n) -> issued.put(rs.getString("standard_id"), announcement(rs)))
                .list();
        return issued;
    }

    /** The announcement that issued a standard, if it has been issued. */
    @Transactional(readOnly = true)
    public Optional<Announcement> forStandard(String standardId) {
        return jdbc.sql("""
                select a.id, a.issuer, a.year_be, a.number, a.signed_by, a.signed_on, a.document_id, d.sha256
                from announcement a join standard s on s.announcement_id = a.id left join document d on d.id = a.document_id
                where s.id = :id""")
                .param("id", standardId)
                .query((rs, n) -> announcement(rs))
                .optional();
    }

    /** The announcement with this number, if one was issued. */
    @Transactional(readOnly = true)
    public Optional<Announcement> byNumber(AnnouncementNumber number) {
        return jdbc.sql("""
                select a.id, a.issuer, a.year_be, a.number, a.signed_by, a.signed_on, a.document_id, d.sha256
                from announcement a left join document d on d.id = a.document_id
                where a.issuer = :issuer and a.year_be = :year and a.number = :number""")
                .param("issuer", number.issuer().name()).param("year", number.year()).param("number", number.number())
                .query((rs, n) -> announcement(rs))
                .optional();
    }

    private static Announcement announcement(ResultSet rs) throws SQLException {
        return new Announcement(rs.getLong("id"),
                new AnnouncementNumber(AnnouncementIssuer.valueOf(rs.getString("issuer")), rs.getInt("number"), rs.getInt("year_be")),
                rs.getString("signed_by"), rs.getObject("signed_on", LocalDate.class), rs.getObject("document_id", Long.class), rs.getString("sha256"));
    }
}
