package th.go.dga.standards.validation;

/**
 * An address that has done something too often: it may try again after {@link #retryAfterSeconds()}. Nothing of
 * the refused request has been done.
 */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(Messages.get("problem.too-many-requests", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
