package org.haian.strata.platform.readmodel;

import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Applies an event's change to one read-model document exactly once, however often the event is delivered.
 *
 * <p>Events reach projections at least once (a tracking processor replays from its last stored token; the Kafka
 * publisher may send an event again after a time-out), and the MongoDB-wire server has no transactions. So each
 * document remembers, per aggregate, the sequence number of the last event it took in ({@code applied.<id>}), and
 * the change and that mark are written in one atomic single-document update. The map grows with the number of
 * aggregates that touch the document.
 *
 * <p>The mark is read first and the update made only if it is lower. Checking and writing in two steps is safe
 * because one aggregate's events are handled one after another by one thread (one segment per aggregate; one Kafka
 * partition per key), and events of different aggregates write different marks and atomic increments. Both steps
 * are plain {@code _id} queries on purpose: the MongoDB-wire server answers only those from its index, and a filter
 * with anything beside {@code _id} scans the whole collection (measured in docs/BENCHMARKS.md).
 */
public final class OncePerEvent {

    static final String APPLIED = "applied";
    /** Aggregate ids become field names: no dots, no leading dollar. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private OncePerEvent() {
    }

    /**
     * @return {@code true} if the change was written now, {@code false} if this document had it already
     */
    public static boolean apply(MongoCollection<Document> collection, String documentId, String aggregateId,
                                long sequenceNumber, Bson change) {
        if (!SAFE_ID.matcher(aggregateId).matches()) {
            throw new IllegalArgumentException("Aggregate id cannot key a read model: " + aggregateId);
        }
        String mark = APPLIED + "." + aggregateId;
        Document seen = collection.find(Filters.eq("_id", documentId)).projection(Projections.include(mark)).first();
        Document applied = seen == null ? null : seen.get(APPLIED, Document.class);
        Number last = applied == null ? null : applied.get(aggregateId, Number.class);
        if (last != null && last.longValue() >= sequenceNumber) {
            return false;
        }
        collection.updateOne(Filters.eq("_id", documentId), Updates.combine(change, Updates.set(mark, sequenceNumber)),
                UPSERT);
        return true;
    }
}
