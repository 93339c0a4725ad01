package th.go.dga.standards.signature;

import th.go.dga.standards.validation.Messages;

/**
 * The timestamp authority did not answer, or answered with an error: nothing was signed, and the same signature may
 * be tried again later (a job's retry). The message is in Thai.
 */
public class TimestampUnavailableException extends RuntimeException {

    TimestampUnavailableException(String authority, Throwable cause) {
        super(Messages.get("signature.timestamp-unavailable", authority), cause);
    }
}
