package org.haian.strata.platform.readmodel;

import java.util.List;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
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
 * the change and that mark are written in one atomic single-document update that only matches while the mark is
 * lower. One aggregate's events arrive in order (one processor thread locally; one Kafka partition per key), so a
 * lower or equal number means "seen already". The map grows with the number of aggregates that touch the document.
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
        Document notYetApplied = new Document("_id", documentId).append("$or", List.of(
                new Document(mark, new Document("$exists", false)),
                new Document(mark, new Document("$lt", sequenceNumber))));
        try {
            collection.updateOne(notYetApplied, Updates.combine(change, Updates.set(mark, sequenceNumber)), UPSERT);
            return true;
        } catch (MongoWriteException e) {
            // The document exists and has seen this event: the upsert's insert collides on _id.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
