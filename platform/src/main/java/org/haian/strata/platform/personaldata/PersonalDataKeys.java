package org.haian.strata.platform.personaldata;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One AES-256 key per data subject (person), in the service's own database beside its event store: never in an
 * event, never on Kafka. Forgetting a person deletes their key and leaves a tombstone, so that no later read makes a
 * new key for them and nothing written under the old one can be read again.
 *
 * <p>Keys are cached for a short while; a key forgotten by another instance of the service is dropped from this
 * one's cache within {@link #CACHE_FOR}.
 */
public class PersonalDataKeys {

    static final Duration CACHE_FOR = Duration.ofMinutes(1);
    private static final String ALGORITHM = "AES";
    // Plain SQL that H2 and PostgreSQL both take; the key as Base64 text, so the column type is the same in both.
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS personal_data_key (
                subject_id VARCHAR(128) NOT NULL PRIMARY KEY,
                secret VARCHAR(64),
                created_at TIMESTAMP NOT NULL,
                forgotten_at TIMESTAMP)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PersonalDataKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        jdbc.execute(TABLE);
    }

    /** The subject's key, made now if they have none yet; refused for a forgotten subject. */
    SecretKey keyFor(String subject) {
        Optional<Stored> stored = stored(subject);
        if (stored.isEmpty()) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            try {
                jdbc.update("INSERT INTO personal_data_key (subject_id, secret, created_at) VALUES (?, ?, ?)",
                        subject, Base64.getEncoder().encodeToString(secret), java.sql.Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException made) {
                // Another transaction made it a moment ago: that one is the key.
                cache.remove(subject);
                return keyFor(subject);
            }
            stored = Optional.of(new Stored(Optional.of(new SecretKeySpec(secret, ALGORITHM))));
            remember(subject, stored.get());
        }
        return stored.get().key().orElseThrow(() -> new IllegalStateException(
                "Personal data of " + subject + " cannot be written: the person has been forgotten"));
    }

    /** The subject's key if they have one and were not forgotten. */
    Optional<SecretKey> existingKey(String subject) {
        return stored(subject).flatMap(Stored::key);
    }

    /** Whether the subject was forgotten. */
    boolean isForgotten(String subject) {
        return stored(subject).map(stored -> stored.key().isEmpty()).orElse(false);
    }

    /** Deletes the subject's key for good, leaving a tombstone; a subject without a key gets the tombstone alone. */
    public void forget(String subject) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE personal_data_key SET secret = NULL, forgotten_at = ? WHERE subject_id = ?",
                now, subject);
        if (updated == 0) {
            jdbc.update("INSERT INTO personal_data_key (subject_id, secret, created_at, forgotten_at) "
                    + "VALUES (?, NULL, ?, ?)", subject, now, now);
        }
        cache.remove(subject);
    }

    private Optional<Stored> stored(String subject) {
        Cached cached = cache.get(subject);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Optional.of(cached.stored());
        }
        List<String> rows = jdbc.query("SELECT secret FROM personal_data_key WHERE subject_id = ?",
                (row, n) -> row.getString(1), subject);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Stored stored = new Stored(Optional.ofNullable(rows.get(0))
                .map(secret -> new SecretKeySpec(Base64.getDecoder().decode(secret), ALGORITHM)));
        remember(subject, stored);
        return Optional.of(stored);
    }

    private void remember(String subject, Stored stored) {
        cache.put(subject, new Cached(stored, clock.instant().plus(CACHE_FOR)));
    }

    /** @param key empty once the subject was forgotten */
    private record Stored(Optional<SecretKey> key) {
    }

    private record Cached(Stored stored, Instant until) {
    }
}
