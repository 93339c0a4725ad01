package th.go.dga.standards.security;

import org.springframework.security.core.AuthenticationException;

import th.go.dga.standards.validation.Messages;

/**
 * Too many wrong passwords from one address: logins from it wait. The users concerned are not locked out; they
 * log in from anywhere else as usual.
 */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super(Messages.get("login.throttled", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
