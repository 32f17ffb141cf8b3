package org.haian.strata.analytics.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/**
 * A rebuild's counting of one source: every event folded in memory with the source's own rules (the same
 * {@link Guarded} calls and {@link KeyStates} the live writers use), and the result written once, in bulk, into a
 * fresh generation's collections.
 */
abstract sealed class SourceFold permits SourceFold.OfEvents, SourceFold.OfKeys {

    private static final int INSERTS_PER_CALL = 5_000;
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    final CellCounts counts = new CellCounts();

    static SourceFold of(FigureSource source) {
        return source instanceof KeyedCounting<?> keyed ? new OfKeys<>(keyed) : new OfEvents((EventCounting) source);
    }

    abstract void take(RecordedEvent event);

    /**
     * The bulk writes of the fresh generation, one per collection, which may run at once.
     *
     * @param marks per partition (by mark name) the offset of the last event folded in: every event up to it is in
     *              these documents, so the live processor skips it when it reads it again after the switch
     */
    abstract List<Runnable> writes(MongoDatabase database, Generation generation, Map<String, Long> marks);

    final Runnable cells(MongoDatabase database, Generation generation, Document extra) {
        return () -> {
            List<Document> documents = new ArrayList<>();
            for (String id : counts.ids()) {
                Document document = counts.document(id);
                document.putAll(extra);
                documents.add(document);
            }
            insert(database.getCollection(generation.cells()), documents);
        };
    }

    static void insert(MongoCollection<Document> collection, List<Document> documents) {
        for (int from = 0; from < documents.size(); from += INSERTS_PER_CALL) {
            collection.insertMany(documents.subList(from, Math.min(documents.size(), from + INSERTS_PER_CALL)),
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
            return List.of(cells(database, generation, new Document(CellMonth.MARKS, new Document(marks))),
                    () -> insert(database.getCollection(generation.seen()),
                            seen.recent(marks, SeenOrigins.RECENT_RECORDS)));
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
            return List.of(cells(database, generation, new Document()), () -> {
                MongoCollection<Document> keys = database.getCollection(generation.keys());
                KeyStore<S> store = new KeyStore<>(source, keys);
                List<Document> documents = new ArrayList<>();
                states.changed().forEach((key, state) -> documents.add(store.document(key, state)));
                insert(keys, documents);
            });
        }
    }
}
