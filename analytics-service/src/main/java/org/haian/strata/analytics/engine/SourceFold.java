package org.haian.strata.analytics.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * A rebuild's counting of one source: every event folded in memory with the source's own rules (the same
 * {@link Guarded} calls and {@link KeyStates} the live writers use), and written into a fresh generation's
 * collections in bulk, twice: everything counted up to the ends of the partitions, while the live processors still
 * run ({@link #writes}); then, while they are paused, what the last stretch of events changed ({@link #changes}).
 * So the pause lasts as long as that stretch, not as long as the whole history's writing.
 */
abstract sealed class SourceFold permits SourceFold.OfEvents, SourceFold.OfKeys {

    private static final int OPERATIONS_PER_CALL = 5_000;
    private static final InsertManyOptions UNORDERED_INSERTS = new InsertManyOptions().ordered(false);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_OR_INSERT = new ReplaceOptions().upsert(true);

    CellCounts counts = new CellCounts();

    static SourceFold of(FigureSource source) {
        return source instanceof KeyedCounting<?> keyed ? new OfKeys<>(keyed) : new OfEvents((EventCounting) source);
    }

    abstract void take(RecordedEvent event);

    /**
     * The first writes, of everything counted so far, into collections that are empty; one task per collection, and
     * the tasks may run at once. What is counted afterwards is kept apart for {@link #changes}.
     *
     * @param marks per partition (by mark name) the offset of the last event folded in: every event up to it is in
     *              these documents, so the live processor skips it when it reads it again after the switch
     */
    abstract List<Runnable> writes(MongoDatabase database, Generation generation, Map<String, Long> marks);

    /** The writes of what was counted since {@link #writes}, as updates of the documents written then. */
    abstract List<Runnable> changes(MongoDatabase database, Generation generation, Map<String, Long> marks);

    /** The cell documents counted so far, with these fields added, inserted; the counts start afresh. */
    final Runnable insertCells(MongoDatabase database, Generation generation, Document extra) {
        CellCounts written = counts;
        counts = new CellCounts();
        return () -> {
            List<Document> documents = new ArrayList<>();
            for (String id : written.ids()) {
                Document document = written.document(id);
                document.putAll(extra);
                documents.add(document);
            }
            insert(database.getCollection(generation.cells()), documents);
        };
    }

    /** The counts since the last writes added to the cell documents, raising these marks; the counts start afresh. */
    final Runnable updateCells(MongoDatabase database, Generation generation, Map<String, Long> marks) {
        CellCounts written = counts;
        counts = new CellCounts();
        return () -> bulk(database.getCollection(generation.cells()), written.ids().stream()
                .<WriteModel<Document>>map(id -> new UpdateOneModel<>(Filters.eq(CellMonth.ID, id),
                        written.update(id, marks, Map.of()), UPSERT)).toList());
    }

    static void insert(MongoCollection<Document> collection, List<Document> documents) {
        for (int from = 0; from < documents.size(); from += OPERATIONS_PER_CALL) {
            collection.insertMany(documents.subList(from, Math.min(documents.size(), from + OPERATIONS_PER_CALL)),
                    UNORDERED_INSERTS);
        }
    }

    static void bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        for (int from = 0; from < writes.size(); from += OPERATIONS_PER_CALL) {
            collection.bulkWrite(writes.subList(from, Math.min(writes.size(), from + OPERATIONS_PER_CALL)),
                    UNORDERED);
        }
    }

    static final class OfEvents extends SourceFold {

        private final EventCounting source;
        private final SeenOrigins seen = new SeenOrigins();

        OfEvents(EventCounting source) {
            this.source = source;
        }

        @Override
        void take(RecordedEvent event) {
            if (seen.takeIn(event)) {
                Guarded.counts(source, event).forEach(counts::add);
            }
        }

        @Override
        List<Runnable> writes(MongoDatabase database, Generation generation, Map<String, Long> marks) {
            List<Document> recent = seen.recent(marks, SeenOrigins.RECENT_RECORDS);
            seen.written();
            return List.of(insertCells(database, generation, new Document(CellMonth.MARKS, new Document(marks))),
                    () -> insert(database.getCollection(generation.seen()), recent));
        }

        @Override
        List<Runnable> changes(MongoDatabase database, Generation generation, Map<String, Long> marks) {
            return List.of(updateCells(database, generation, marks),
                    () -> seen.write(database.getCollection(generation.seen())));
        }
    }

    static final class OfKeys<S> extends SourceFold {

        private final KeyedCounting<S> source;
        private final KeyStates<S> states;

        OfKeys(KeyedCounting<S> source) {
            this.source = source;
            this.states = new KeyStates<>(source);
        }

        @Override
        void take(RecordedEvent event) {
            String key = Guarded.keyOf(source, event);
            if (key != null) {
                states.apply(key, event).forEach(counts::add);
            }
        }

        @Override
        List<Runnable> writes(MongoDatabase database, Generation generation, Map<String, Long> marks) {
            List<Document> keys = keyDocuments(database, generation);
            return List.of(insertCells(database, generation, new Document()),
                    () -> insert(database.getCollection(generation.keys()), keys));
        }

        @Override
        List<Runnable> changes(MongoDatabase database, Generation generation, Map<String, Long> marks) {
            List<Document> keys = keyDocuments(database, generation);
            return List.of(updateCells(database, generation, Map.of()), () -> bulk(
                    database.getCollection(generation.keys()), keys.stream().<WriteModel<Document>>map(key ->
                            new ReplaceOneModel<>(Filters.eq(CellMonth.ID, key.getString(CellMonth.ID)), key,
                                    REPLACE_OR_INSERT)).toList()));
        }

        /** The keys changed since the last writes, as documents; from now on only later changes count. */
        private List<Document> keyDocuments(MongoDatabase database, Generation generation) {
            KeyStore<S> store = new KeyStore<>(source, database.getCollection(generation.keys()));
            List<Document> documents = new ArrayList<>();
            states.changed().forEach((key, state) -> documents.add(store.document(key, state)));
            states.changed().clear();
            return documents;
        }
    }
}
