package th.go.dga.standards.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.hearing.CommentRules;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * The stakeholders the secretariat keeps, one per address: agencies and experts told of every hearing that opens,
 * whether or not they subscribed.
 */
@Service
@Transactional
public class Stakeholders {

    private static final String COLUMNS = "id, email, name, organisation, locale, added_by, added_at";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    Stakeholders(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * @throws InvalidInputException  when the name or a valid address is missing, a field is too long, or the language is
     *                                neither Thai nor English
     * @throws StateConflictException when the address is on the list already
     */
    public Stakeholder add(String name, String organisation, String email, String locale) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(Violation.of(CommentRules.NAME, "form.required", Violation.label("name")));
        } else if (!TextCharacters.check(violations, CommentRules.NAME, name, Violation.label("name")) && name.strip().length() > 200) {
            violations.add(Violation.of(CommentRules.NAME, "form.too-long", Violation.label("name"), 200, name.strip().length()));
        }
        if (organisation != null && !TextCharacters.check(violations, CommentRules.ORGANISATION, organisation, Violation.label("organisation"))
                && organisation.strip().length() > 300) {
            violations.add(Violation.of(CommentRules.ORGANISATION, "form.too-long", Violation.label("organisation"), 300,
                    organisation.strip().length()));
        }
        Addresses.check(violations, email);
        Addresses.checkLanguage(violations, locale);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String address = Addresses.normalise(email);
        if (byEmail(address).isPresent()) {
            throw new StateConflictException("stakeholder.exists", address);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into stakeholder (email, name, organisation, locale, added_by, added_at)
                    values (:email, :name, :organisation, :locale, :by, :at)""")
                    .param("email", address).param("name", name.strip())
                    .param("organisation", organisation == null || organisation.isBlank() ? null : organisation.strip())
                    .param("locale", Addresses.language(locale)).param("by", currentUser.id())
                    .param("at", EngineTime.now().atOffset(ZoneOffset.UTC))
                    .update(keys, "id");
        } catch (DuplicateKeyException addedAtOnce) {
            throw new StateConflictException("stakeholder.exists", address);
        }
        return get(keys.getKeyAs(Long.class));
    }

    /** @throws NotFoundException when there is no such stakeholder */
    public void remove(long id) {
        if (jdbc.sql("delete from stakeholder where id = :id").param("id", id).update() == 0) {
            throw new NotFoundException("stakeholder.not-found", id);
        }
    }

    /** The list, by organisation and name. */
    @Transactional(readOnly = true)
    public List<Stakeholder> all() {
        return jdbc.sql("select " + COLUMNS + " from stakeholder order by organisation, name, id").query(Stakeholders::map).list();
    }

    @Transactional(readOnly = true)
    public Stakeholder get(long id) {
        return jdbc.sql("select " + COLUMNS + " from stakeholder where id = :id").param("id", id).query(Stakeholders::map).optional()
                .orElseThrow(() -> new NotFoundException("stakeholder.not-found", id));
    }

    @Transactional(readOnly = true)
    public Optional<Stakeholder> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from stakeholder where email = :email").param("email", Addresses.normalise(email))
                .query(Stakeholders::map).optional();
    }

    /** @return how many entries of this address were removed (the person's erasure) */
    public int removeByEmail(String email) {
        return jdbc.sql("delete from stakeholder where email = :email").param("email", Addresses.normalise(email)).update();
    }

    private static Stakeholder map(ResultSet rs, int row) throws SQLException {
        return new Stakeholder(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("organisation"),
                rs.getString("locale"), rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
