package org.haian.strata.gateway;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * So many requests per period for each key (a user, a client address): a token bucket per key that refills
 * evenly over the period. The buckets live in this gateway's memory, so with several gateway instances each
 * allows its own share; a key idle for a whole period is forgotten (its bucket would be full again anyway), which
 * keeps memory bounded however many addresses call.
 */
final class Allowance {

    /** Far more keys than Hai'an has users or offices; past it the least recently used are forgotten first. */
    private static final long MOST_KEYS = 100_000;

    private final Bandwidth limit;
    private final Cache<String, Bucket> buckets;

    Allowance(long requests, Duration period) {
        this.limit = Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MOST_KEYS).build();
    }

    /** Takes one for this key: empty if there was one left, else how long until there is. */
    Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Gives back what {@link #take} took, for a request that turned out not to count. */
    void giveBack(String key) {
        bucket(key).addTokens(1);
    }

    private Bucket bucket(String key) {
        return buckets.get(key, any -> Bucket.builder().addLimit(limit).build());
    }
}
