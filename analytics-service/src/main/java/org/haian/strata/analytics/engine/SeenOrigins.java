package org.haian.strata.analytics.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * Per {@link RecordedEvent#origin() origin} (an aggregate), the place of the last event an {@link EventCounting}
 * source took in, one small document per aggregate in {@code <source>_g<n>_seen}: {@code { _id: "<aggregate id>",
 * last: 12 }}. An event at or below it is a repeat the publisher sent again (after a time-out, or a restart before
 * it stored its token) and counts nothing. The cell documents' offset marks cannot tell such a repeat, which comes at
 * a new offset; these marks sit in the aggregate's own document, so no counter grows with the aggregates.
 */
final class SeenOrigins {

    /** How many of a partition's last records a rebuild keeps the origins of ({@link #recent}). */
    static final long RECENT_RECORDS = 2_000;

    private static final String LAST = "last";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final Map<String, Long> last = new HashMap<>();
    private final Map<String, Long> advanced = new HashMap<>();
    /** Per origin, where its last event sat in Kafka (mark name, offset), for a rebuild's {@link #recent}. */
    private final Map<String, Object[]> lastAt = new HashMap<>();

    /** What the collection says of these origins. */
    static SeenOrigins read(MongoCollection<Document> seen, Collection<String> origins) {
        SeenOrigins read = new SeenOrigins();
        if (!origins.isEmpty()) {
            seen.find(Filters.in(CellMonth.ID, origins)).forEach(document ->
                    read.last.put(document.getString(CellMonth.ID), document.get(LAST, Number.class).longValue()));
        }
        return read;
    }

    /** Takes the event in, unless it is a repeat of one taken in before. */
    boolean takeIn(RecordedEvent event) {
        Long before = last.get(event.origin());
        if (before != null && before >= event.place()) {
            return false;
        }
        last.put(event.origin(), event.place());
        advanced.put(event.origin(), event.place());
        lastAt.put(event.origin(), new Object[] {CellMonth.mark(event.partition()), event.offset()});
        return true;
    }

    /** From now on, {@link #write} stores only what is taken in after this. */
    void written() {
        advanced.clear();
    }

    /** Stores what was taken in; after the counts, so that a crash in between is a redelivery the counts skip. */
    void write(MongoCollection<Document> seen) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        advanced.forEach((origin, place) -> writes.add(new UpdateOneModel<>(Filters.eq(CellMonth.ID, origin),
                Updates.max(LAST, place), UPSERT)));
        if (!writes.isEmpty()) {
            seen.bulkWrite(writes, UNORDERED);
        }
    }

    /**
     * The origins whose last event lies among the last {@code records} of its partition, as documents of a fresh
     * collection: what a rebuild leaves the live processor. The publisher repeats an event right after sending it
     * (a retry after a time-out, a restart before it stored its token), so a repeat comes within a few records of
     * its original; an origin quiet for longer cannot be repeated but by publishing a context's history again, after
     * which a rebuild counts every event once. Keeping the others would cost a document per aggregate ever seen.
     *
     * @param lastOffsets per partition (mark name), the offset of the last event counted
     */
    List<Document> recent(Map<String, Long> lastOffsets, long records) {
        List<Document> documents = new ArrayList<>();
        last.forEach((origin, place) -> {
            Object[] at = lastAt.get(origin);
            if ((Long) at[1] > lastOffsets.getOrDefault((String) at[0], 0L) - records) {
                documents.add(new Document(CellMonth.ID, origin).append(LAST, place));
            }
        });
        return documents;
    }
}
