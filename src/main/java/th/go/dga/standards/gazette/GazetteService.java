package th.go.dga.standards.gazette;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.Violation;

/**
 * A digital government standard on its way through the Royal Gazette, once the chairman has signed it: the secretariat
 * records the submission and the publication, and it comes into force on its effective date.
 */
@Service
@Transactional
public class GazetteService {

    private static final Logger log = LoggerFactory.getLogger(GazetteService.class);

    private final JdbcClient jdbc;
    private final StandardRegistry registry;

    public GazetteService(JdbcClient jdbc, StandardRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** Opens the Gazette record of a standard the chairman has just signed; a record of an earlier signature is replaced. */
    public void openRecord(String standardId, String signedBy, LocalDate signedOn) {
        jdbc.sql("delete from gazette_record where standard_id = :id").param("id", standardId).update();
        jdbc.sql("insert into gazette_record (standard_id, signed_by, signed_on) values (:id, :by, :on)")
                .param("id", standardId).param("by", signedBy).param("on", signedOn).update();
    }

    /** Why a submission on {@code submittedOn} cannot be recorded: not in the future, not before the signature. */
    @Transactional(readOnly = true)
    public List<Violation> submissionViolations(String standardId, LocalDate submittedOn) {
        GazetteRecord record = get(standardId);
        if (submittedOn.isAfter(EngineTime.today())) {
            return List.of(Violation.of(GovernmentStandardEnactmentProcess.Var.SUBMITTED_ON, "gazette.submitted-in-future",
                    BuddhistEra.format(submittedOn)));
        }
        if (submittedOn.isBefore(record.signedOn())) {
            return List.of(Violation.of(GovernmentStandardEnactmentProcess.Var.SUBMITTED_ON, "gazette.submitted-before-signing",
                    BuddhistEra.format(submittedOn), BuddhistEra.format(record.signedOn())));
        }
        return List.of();
    }

    /** Why this publication cannot be recorded. */
    @Transactional(readOnly = true)
    public List<Violation> publicationViolations(String standardId, GazettePublication publication) {
        return publication.violations(get(standardId).submittedOn(), EngineTime.today());
    }

    /** Records the submission of the signed standard to the Royal Gazette. */
    public void recordSubmission(String standardId, LocalDate submittedOn, String submissionRef) {
        List<Violation> violations = submissionViolations(standardId, submittedOn);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("update gazette_record set submitted_on = :on, submission_ref = :ref where standard_id = :id")
                .param("on", submittedOn).param("ref", submissionRef).param("id", standardId).update();
    }

    /**
     * Records the publication. The standard is published; it comes into force on the effective date.
     *
     * @return the moment the standard comes into force: the start of its effective date, Bangkok time
     */
    public Instant recordPublication(String standardId, GazettePublication publication) {
        List<Violation> violations = publicationViolations(standardId, publication);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                update gazette_record set volume = :volume, section = :section, page = :page, published_on = :published,
                    effective_on = :effective where standard_id = :id""")
                .param("volume", publication.volume())
                .param("section", publication.section())
                .param("page", publication.page())
                .param("published", publication.publishedOn())
                .param("effective", publication.effectiveOn())
                .param("id", standardId)
                .update();
        registry.recordPublication(standardId, publication.publishedOn(), publication.effectiveOn());
        registry.changeStatus(standardId, StandardStatus.PUBLISHED, Messages.get("gazette.published",
                GazetteRecord.citation(publication.volume(), publication.section(), publication.page()),
                BuddhistEra.format(publication.publishedOn()), BuddhistEra.format(publication.effectiveOn())));
        return BuddhistEra.startOfDay(publication.effectiveOn()).toInstant();
    }

    /**
     * Brings the standard into force if its effective date has come by the stored record. A timer made to fire early,
     * whoever made it, changes nothing: the standard is in force from its published effective date, not before.
     *
     * @return whether the standard is in force now
     */
    public boolean bringIntoForceIfDue(String standardId) {
        GazetteRecord record = get(standardId);
        if (!record.inForceAt(EngineTime.now())) {
            log.warn("standard {}: its effective-date timer fired before {}; it waits for that date", standardId, record.effectiveAt());
            return false;
        }
        bringIntoForce(standardId);
        return true;
    }

    /** The moment the standard comes into force, from its stored record. */
    @Transactional(readOnly = true)
    public Instant effectiveAt(String standardId) {
        return get(standardId).effectiveAt();
    }

    /** The effective date has come: the standard is in force, and the standard it revises is superseded. */
    public void bringIntoForce(String standardId) {
        GazetteRecord record = get(standardId);
        registry.changeStatus(standardId, StandardStatus.IN_FORCE, Messages.get("gazette.in-force", BuddhistEra.format(record.effectiveOn())));
        registry.supersedePredecessor(standardId);
    }

    @Transactional(readOnly = true)
    public Optional<GazetteRecord> find(String standardId) {
        return find(List.of(standardId)).values().stream().findFirst();
    }

    /** The Gazette records of these standards, by standard. */
    @Transactional(readOnly = true)
    public Map<String, GazetteRecord> find(Collection<String> standardIds) {
        Map<String, GazetteRecord> records = new HashMap<>();
        if (standardIds.isEmpty()) {
            return records;
        }
        jdbc.sql("""
                select standard_id, signed_by, signed_on, submitted_on, submission_ref, volume, section, page, published_on, effective_on
                from gazette_record where standard_id in (:ids)""")
                .param("ids", standardIds)
                .query((rs, n) -> records.put(rs.getString("standard_id"), new GazetteRecord(rs.getString("standard_id"), rs.getString("signed_by"),
                        rs.getObject("signed_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class), rs.getString("submission_ref"),
                        (Integer) rs.getObject("volume"), rs.getString("section"), (Integer) rs.getObject("page"),
                        rs.getObject("published_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class))))
                .list();
        return records;
    }

    private GazetteRecord get(String standardId) {
        return find(standardId).orElseThrow(() -> new NotFoundException("gazette.not-signed", standardId));
    }
}
