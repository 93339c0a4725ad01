package th.go.dga.standards.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * How much one address may do per window, with a token bucket per address and purpose (Bucket4j): wrong
 * passwords, anonymous comments, anonymous meeting registrations, subscriptions, checks of signed PDFs. The buckets are kept where every
 * node sees the same ones ({@link BucketStore}): in the database on PostgreSQL, in memory on the embedded H2.
 */
@Component
public class AddressLimits {

    /** What a limit is for. */
    public enum Purpose { FAILED_LOGIN, COMMENT, REGISTRATION, SUBSCRIPTION, VERIFICATION }

    /** Whether an action may go ahead, and if not, in how many seconds it may. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private final LimitSettings limits;
    private final BucketStore buckets;

    AddressLimits(LimitSettings limits, BucketStore buckets) {
        this.limits = limits;
        this.buckets = buckets;
    }

    /** Takes one from the address's bucket for this purpose. */
    public Verdict take(Purpose purpose, String address) {
        ConsumptionProbe probe = bucket(purpose, address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new Verdict(true, 0) : new Verdict(false, seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whether the address's bucket for this purpose still has room, without taking from it. */
    public Verdict check(Purpose purpose, String address) {
        EstimationProbe probe = bucket(purpose, address).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? new Verdict(true, 0) : new Verdict(false, seconds(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(Purpose purpose, String address) {
        return buckets.bucket(purpose + "|" + address, bandwidth(purpose));
    }

    private Bandwidth bandwidth(Purpose purpose) {
        int capacity = switch (purpose) {
            case FAILED_LOGIN -> limits.failedLogins();
            case COMMENT -> limits.comments();
            case REGISTRATION -> limits.registrations();
            case SUBSCRIPTION -> limits.subscriptions();
            case VERIFICATION -> limits.verifications();
        };
        Duration window = purpose == Purpose.FAILED_LOGIN ? limits.loginWindow() : limits.window();
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
