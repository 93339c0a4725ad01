package th.go.dga.standards.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler the public may call only so often from one address ({@code standards.limits}); past the limit it is
 * answered with 429 and {@code Retry-After}, before anything of the request is done. Logged-in users are not
 * limited.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LimitedPerAddress {

    AddressLimits.Purpose value();
}
