package th.go.dga.standards.hearing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * Comments from the public API. With an {@code Idempotency-Key}, a resubmission — a retry after a lost answer, a
 * double click, the same request sent twice at once — returns the first comment instead of storing a second one.
 */
@Service
public class CommentSubmissions {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,100}$");
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);

    private final CommentService comments;

    public CommentSubmissions(CommentService comments) {
        this.comments = comments;
    }

    /** A stored comment, and whether this request only found the one an earlier request with its key stored. */
    public record Receipt(Comment comment, boolean replayed) {
    }

    public Receipt submit(long hearingId, String idempotencyKey, NewComment comment) {
        if (idempotencyKey == null) {
            return new Receipt(comments.submit(hearingId, comment), false);
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(Violation.of(IDEMPOTENCY_KEY, "comment.idempotency-key-malformed"));
        }
        String hash = hash(comment);
        Optional<CommentService.Submitted> earlier = comments.submitted(hearingId, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        try {
            return new Receipt(comments.submit(hearingId, comment, idempotencyKey, hash), false);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // the other request stored its comment under this key first; this one rolled back and stored nothing
            return replay(comments.submitted(hearingId, idempotencyKey).orElseThrow(() -> sentTwiceAtOnce), hash);
        }
    }

    private static Receipt replay(CommentService.Submitted earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new InvalidInputException(Violation.of(IDEMPOTENCY_KEY, "comment.idempotency-key-reused"));
        }
        return new Receipt(earlier.comment(), true);
    }

    static String hash(NewComment comment) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(comment).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
