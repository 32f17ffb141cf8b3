package org.haian.strata.platform.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 *
 * <p>A processor that handles its events in batches can have the batch's changes written at its end instead
 * ({@link #applyAtEndOfBatch}): one read of the marks and one bulk write per collection, instead of two round trips
 * per event. On the MongoDB-wire server, which commits its file before it answers each request, that is what lets a
 * directory keep up with registrations arriving by the hundred a second.
 */
public final class OncePerEvent {

    static final String APPLIED = "applied";
    /** Aggregate ids become field names: no dots, no leading dollar. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final String PENDING = OncePerEvent.class.getName() + ".pending";

    private OncePerEvent() {
    }

    /**
     * @return {@code true} if the change was written now, {@code false} if this document had it already
     */
    public static boolean apply(MongoCollection<Document> collection, String documentId, String aggregateId,
                                long sequenceNumber, Bson change) {
        String mark = mark(aggregateId);
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

    /**
     * As {@link #apply}, but written when the unit of work that handles the current batch of events prepares to
     * commit, before its transaction, which stores the processor's token, commits; right away when no unit of work
     * is running. A batch that fails
     * or rolls back writes nothing of what it had pending; one that comes again after its writes and before its
     * token was stored is refused by the marks, as a redelivery is. A handler that reads back what the batch wrote
     * calls {@link #writePending} first.
     */
    public static void applyAtEndOfBatch(MongoCollection<Document> collection, String documentId, String aggregateId,
                                         long sequenceNumber, Bson change) {
        if (!CurrentUnitOfWork.isStarted()) {
            apply(collection, documentId, aggregateId, sequenceNumber, change);
            return;
        }
        // Refused now, in the handler, where the event that names the id can be dead-lettered alone; at the batch's
        // end it would fail every event of the batch.
        mark(aggregateId);
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(PENDING, key -> {
            Pending pending = new Pending();
            batch.onPrepareCommit(unitOfWork -> pending.write());
            return pending;
        }).add(new Change(collection, documentId, aggregateId, sequenceNumber, change));
    }

    /** Writes what the current batch has pending now, so that the handler's next read sees it. */
    public static void writePending() {
        if (CurrentUnitOfWork.isStarted()) {
            Pending pending = CurrentUnitOfWork.get().root().getResource(PENDING);
            if (pending != null) {
                pending.write();
            }
        }
    }

    private static String mark(String aggregateId) {
        if (!SAFE_ID.matcher(aggregateId).matches()) {
            throw new IllegalArgumentException("Aggregate id cannot key a read model: " + aggregateId);
        }
        return APPLIED + "." + aggregateId;
    }

    private record Change(MongoCollection<Document> collection, String documentId, String aggregateId,
                          long sequenceNumber, Bson change) {
    }

    /** A batch's changes in the order its handlers made them, per collection. */
    private static final class Pending {

        /** By namespace: two handlers' instances of one collection write it in the order of their changes. */
        private final Map<MongoNamespace, List<Change>> byCollection = new LinkedHashMap<>();

        void add(Change change) {
            byCollection.computeIfAbsent(change.collection().getNamespace(), namespace -> new ArrayList<>())
                    .add(change);
        }

        void write() {
            byCollection.values().forEach(changes -> write(changes.get(0).collection(), changes));
            byCollection.clear();
        }

        private static void write(MongoCollection<Document> collection, List<Change> changes) {
            Set<String> documents = new LinkedHashSet<>();
            Set<String> marks = new LinkedHashSet<>();
            changes.forEach(change -> {
                documents.add(change.documentId());
                marks.add(mark(change.aggregateId()));
            });
            Map<String, Document> applied = new HashMap<>();
            for (Document seen : collection.find(Filters.in("_id", documents))
                    .projection(Projections.include(List.copyOf(marks)))) {
                applied.put(seen.getString("_id"), seen.get(APPLIED, new Document()));
            }
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (Change change : changes) {
                Document marksOfDocument = applied.computeIfAbsent(change.documentId(), id -> new Document());
                Number last = marksOfDocument.get(change.aggregateId(), Number.class);
                if (last == null || last.longValue() < change.sequenceNumber()) {
                    marksOfDocument.put(change.aggregateId(), change.sequenceNumber());
                    writes.add(new UpdateOneModel<>(Filters.eq("_id", change.documentId()), Updates.combine(
                            change.change(), Updates.set(mark(change.aggregateId()), change.sequenceNumber())),
                            UPSERT));
                }
            }
            if (!writes.isEmpty()) {
                collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            }
        }
    }
}
