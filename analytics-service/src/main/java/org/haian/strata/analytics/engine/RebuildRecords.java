package org.haian.strata.analytics.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.haian.strata.analytics.api.RebuildStatus;

/**
 * Rebuilds as every instance sees them, in {@code analytics_rebuilds}: one document per rebuild with its progress,
 * written as it goes so that any instance answers {@code GET /api/analytics/rebuilds/{id}}; and the lock that lets
 * one rebuild run at a time, which its instance renews while it runs and another may take over once it is stale.
 * <pre>
 * { _id: "lock", rebuild: "…", owner: "&lt;instance&gt;", heartbeat: ISODate }
 * { _id: "&lt;rebuild id&gt;", state: "COUNTING", sources: [ … ], startedBy: "city-admin", startedAt: …, eventsDone: …,
 *   eventsPerSecond: …, eventsLeft: …, secondsLeft: …, partitions: [ { partition, position, end } ], error: … }
 * </pre>
 */
final class RebuildRecords {

    static final String COLLECTION = "analytics_rebuilds";
    /** A lock not renewed for this long belongs to a rebuild that died. */
    static final Duration STALE = Duration.ofSeconds(30);
    private static final String LOCK = "lock";
    private static final String REBUILD = "rebuild";
    private static final String OWNER = "owner";
    private static final String HEARTBEAT = "heartbeat";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> rebuilds;
    private final String instance;
    private final Clock clock;

    RebuildRecords(MongoDatabase database, String instance, Clock clock) {
        this.rebuilds = database.getCollection(COLLECTION);
        this.instance = instance;
        this.clock = clock;
    }

    /** @return whether this instance holds the lock now */
    boolean lock(String rebuild) {
        Document held = rebuilds.find(Filters.eq("_id", LOCK)).first();
        if (held != null && clock.instant().isBefore(held.getDate(HEARTBEAT).toInstant().plus(STALE))) {
            return false;
        }
        if (held != null) {
            rebuilds.deleteOne(Filters.eq("_id", LOCK));
        }
        try {
            rebuilds.insertOne(new Document("_id", LOCK).append(REBUILD, rebuild).append(OWNER, instance)
                    .append(HEARTBEAT, Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    void renew() {
        rebuilds.updateOne(Filters.eq("_id", LOCK), Updates.set(HEARTBEAT, Date.from(clock.instant())));
    }

    void unlock() {
        rebuilds.deleteOne(Filters.eq("_id", LOCK));
    }

    /** The rebuild holding the lock, if its lock is not stale. */
    Optional<String> running() {
        Document held = rebuilds.find(Filters.eq("_id", LOCK)).first();
        if (held == null || !clock.instant().isBefore(held.getDate(HEARTBEAT).toInstant().plus(STALE))) {
            return Optional.empty();
        }
        return Optional.of(held.getString(REBUILD));
    }

    void save(RebuildStatus status) {
        Document document = new Document("_id", status.id()).append("state", status.state().name())
                .append("sources", status.sources()).append("startedBy", status.startedBy())
                .append("startedAt", date(status.startedAt())).append("finishedAt", date(status.finishedAt()))
                .append("eventsDone", status.eventsDone()).append("eventsPerSecond", status.eventsPerSecond())
                .append("eventsLeft", status.eventsLeft()).append("secondsLeft", status.secondsLeft())
                .append("partitions", status.partitions().stream().map(lag -> new Document("partition",
                        lag.partition()).append("position", lag.position()).append("end", lag.end())).toList())
                .append("error", status.error());
        rebuilds.replaceOne(Filters.eq("_id", status.id()), document, UPSERT);
    }

    Optional<RebuildStatus> find(String id) {
        if (LOCK.equals(id)) {
            return Optional.empty();
        }
        Document found = rebuilds.find(Filters.eq("_id", id)).first();
        if (found == null) {
            return Optional.empty();
        }
        List<RebuildStatus.PartitionLag> partitions = found.getList("partitions", Document.class).stream()
                .map(lag -> {
                    long position = lag.get("position", Number.class).longValue();
                    long end = lag.get("end", Number.class).longValue();
                    return new RebuildStatus.PartitionLag(lag.getString("partition"), position, end,
                            Math.max(0, end - position));
                }).toList();
        Number secondsLeft = found.get("secondsLeft", Number.class);
        return Optional.of(new RebuildStatus(id, RebuildStatus.State.valueOf(found.getString("state")),
                found.getList("sources", String.class), found.getString("startedBy"),
                instant(found.getDate("startedAt")), instant(found.getDate("finishedAt")),
                found.get("eventsDone", Number.class).longValue(),
                found.get("eventsPerSecond", Number.class).longValue(),
                found.get("eventsLeft", Number.class).longValue(), secondsLeft == null ? null : secondsLeft.longValue(),
                partitions, found.getString("error")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
