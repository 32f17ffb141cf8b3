package org.haian.strata.analytics.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * How an instance learns which cell documents its peers wrote, so that its in-memory copy ({@link CellBook})
 * shows their partitions too: every flush takes the next number from a clock document and writes the ids it changed
 * into a slot of a fixed ring; the others read the slots they have not seen yet, all by {@code _id}.
 * <pre>
 * { _id: "clock", seq: 10017 }
 * { _id: "slot-1841", seq: 10017, by: "&lt;instance&gt;", source: "liaison-registry", generation: 3, ids: [ … ] }
 * </pre>
 * A reader that fell more than a ring behind, or finds a slot that stays unwritten (its writer died between the
 * clock and the slot), loads its copy again from the collections.
 */
final class ChangeFeed {

    static final String COLLECTION = "analytics_changes";
    private static final int SLOTS = 4096;
    private static final Duration GIVE_UP_ON_A_SLOT = Duration.ofSeconds(10);
    private static final String CLOCK = "clock";
    private static final String SEQ = "seq";
    private static final String BY = "by";
    private static final String SOURCE = "source";
    private static final String GENERATION = "generation";
    private static final String IDS = "ids";

    private final MongoCollection<Document> changes;
    private final String instance;
    private final Clock clock;
    private long seen;
    private Instant gapSince;

    ChangeFeed(MongoDatabase database, String instance, Clock clock) {
        this.changes = database.getCollection(COLLECTION);
        this.instance = instance;
        this.clock = clock;
    }

    /** Starts reading from now on; call it before loading the copies, so that nothing written meanwhile is missed. */
    synchronized void startFromNow() {
        seen = head();
        gapSince = null;
    }

    void record(Generation generation, Collection<String> ids) {
        long seq = changes.findOneAndUpdate(Filters.eq("_id", CLOCK), Updates.inc(SEQ, 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
                .get(SEQ, Number.class).longValue();
        changes.replaceOne(Filters.eq("_id", slot(seq)), new Document("_id", slot(seq)).append(SEQ, seq)
                .append(BY, instance).append(SOURCE, generation.source()).append(GENERATION, generation.number())
                .append(IDS, List.copyOf(ids)), new ReplaceOptions().upsert(true));
    }

    /**
     * What the peers wrote since the last call, per generation; {@code null} if some of it can no longer be known,
     * and the caller must load its copies again.
     */
    synchronized Map<Generation, Set<String>> sinceLastTime() {
        long head = head();
        if (head - seen > SLOTS) {
            seen = head;
            return null;
        }
        Map<Long, Document> slots = new HashMap<>();
        List<String> wanted = new ArrayList<>();
        for (long seq = seen + 1; seq <= head; seq++) {
            wanted.add(slot(seq));
        }
        if (!wanted.isEmpty()) {
            changes.find(Filters.in("_id", wanted)).forEach(found ->
                    slots.put(found.get(SEQ, Number.class).longValue(), found));
        }
        Map<Generation, Set<String>> changed = new LinkedHashMap<>();
        while (seen < head) {
            Document next = slots.get(seen + 1);
            if (next == null) {
                return unwritten(changed, head);
            }
            seen++;
            gapSince = null;
            if (!instance.equals(next.getString(BY))) {
                changed.computeIfAbsent(new Generation(next.getString(SOURCE),
                        next.get(GENERATION, Number.class).longValue()), g -> new LinkedHashSet<>())
                        .addAll(next.getList(IDS, String.class));
            }
        }
        return changed;
    }

    /** The next slot is not written (yet): wait for it a while, then give up on it. */
    private Map<Generation, Set<String>> unwritten(Map<Generation, Set<String>> changed, long head) {
        Instant now = clock.instant();
        if (gapSince == null) {
            gapSince = now;
        } else if (now.isAfter(gapSince.plus(GIVE_UP_ON_A_SLOT))) {
            seen = head;
            gapSince = null;
            return null;
        }
        return changed;
    }

    private long head() {
        Document clockDocument = changes.find(Filters.eq("_id", CLOCK)).first();
        return clockDocument == null ? 0 : clockDocument.get(SEQ, Number.class).longValue();
    }

    private static String slot(long seq) {
        return "slot-" + (seq % SLOTS);
    }
}
