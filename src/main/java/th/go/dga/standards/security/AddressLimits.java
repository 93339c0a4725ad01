package th.go.dga.standards.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import th.go.dga.standards.config.StandardsProperties;

/**
 * How much one address may do per window, with a token bucket per address and purpose (Bucket4j): wrong
 * passwords, anonymous comments, anonymous meeting registrations, subscriptions. Buckets of addresses that have gone quiet are
 * forgotten.
 */
@Component
public class AddressLimits {

    /** What a limit is for. */
    public enum Purpose { FAILED_LOGIN, COMMENT, REGISTRATION, SUBSCRIPTION }

    /** Whether an action may go ahead, and if not, in how many seconds it may. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private final StandardsProperties.Limits limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();

    public AddressLimits(StandardsProperties properties) {
        this.limits = properties.limits();
    }

    /** Takes one from the address's bucket for this purpose. */
    public Verdict take(Purpose purpose, String address) {
        return verdict(bucket(purpose, address).tryConsumeAndReturnRemaining(1));
    }

    /** Whether the address's bucket for this purpose still has room, without taking from it. */
    public Verdict check(Purpose purpose, String address) {
        Bucket bucket = bucket(purpose, address);
        if (bucket.getAvailableTokens() > 0) {
            return new Verdict(true, 0);
        }
        return new Verdict(false, seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private Bucket bucket(Purpose purpose, String address) {
        return buckets.get(purpose + "|" + address, key -> Bucket.builder().addLimit(bandwidth(purpose)).build());
    }

    private Bandwidth bandwidth(Purpose purpose) {
        int capacity = switch (purpose) {
            case FAILED_LOGIN -> limits.failedLogins();
            case COMMENT -> limits.comments();
            case REGISTRATION -> limits.registrations();
            case SUBSCRIPTION -> limits.subscriptions();
        };
        Duration window = purpose == Purpose.FAILED_LOGIN ? limits.loginWindow() : limits.window();
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build();
    }

    private static Verdict verdict(ConsumptionProbe probe) {
        return probe.isConsumed() ? new Verdict(true, 0) : new Verdict(false, seconds(probe.getNanosToWaitForRefill()));
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
