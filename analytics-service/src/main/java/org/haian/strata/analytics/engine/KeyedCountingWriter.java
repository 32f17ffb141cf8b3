package org.haian.strata.analytics.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch of a {@link KeyedCounting} source: one read of the batch's keys ({@code _id $in}), the events
 * applied to them in memory, then the journal entry, one bulk write of the cell documents, one of the keys, and the
 * entry marked done.
 *
 * <p>Why a journal and not marks alone: a key's counts are differences between what it counted in before and
 * after, and a key takes in events of several partitions (a person's and the association's), whose order across
 * partitions Kafka does not keep from one delivery to the next. Counts worked out again after a crash could differ
 * from those a document took in already. So the batch's writes are first stored in one document, and a batch that
 * finds the last entry not done finishes it: cell documents that have not taken in that entry ({@code journal} below
 * its number) get its increments, every key its state. Afterwards each key's marks tell which events it has taken in,
 * and those events are skipped when they come again.
 *
 * <p>One thread writes a source's keys and journal (its processor runs in one segment).
 */
final class KeyedCountingWriter {

    private static final Logger log = LoggerFactory.getLogger(KeyedCountingWriter.class);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_OR_INSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private KeyedCountingWriter() {
    }

    /** @return the ids of the cell documents it wrote */
    static <S> Set<String> write(KeyedCounting<S> source, MongoCollection<Document> cells, KeyStore<S> keys,
                                 KeyCache<S> cache, List<RecordedEvent> events) {
        KeyStore.Journal last = keys.journal();
        cache.validate(last == null ? 0 : last.n());
        Set<String> written = new LinkedHashSet<>(finish(last, cells, keys));
        if (!written.isEmpty()) {
            cache.clear();
        }
        List<String> keyOfEach = events.stream().map(event -> Guarded.keyOf(source, event)).toList();
        Set<String> batchKeys = new LinkedHashSet<>(keyOfEach);
        batchKeys.remove(null);
        Map<String, KeyState<S>> cached = cache.get(batchKeys);
        Set<String> toRead = new LinkedHashSet<>(batchKeys);
        toRead.removeAll(cached.keySet());
        KeyStates<S> states = keys.load(toRead);
        cached.forEach(states::load);
        CellCounts counts = new CellCounts();
        for (int i = 0; i < events.size(); i++) {
            if (keyOfEach.get(i) != null) {
                states.apply(keyOfEach.get(i), events.get(i)).forEach(counts::add);
            }
        }
        if (states.changed().isEmpty()) {
            return written;
        }
        long n = last == null ? 1 : last.n() + 1;
        List<Document> cellWrites = new ArrayList<>();
        for (String id : counts.ids()) {
            cellWrites.add(KeyStore.cellWrite(id, counts.update(id, Map.of(), Map.of(CellMonth.JOURNAL, n))));
        }
        List<Document> keyWrites = new ArrayList<>();
        states.changed().forEach((key, state) -> keyWrites.add(KeyStore.keyWrite(keys.document(key, state))));
        keys.begin(n, cellWrites, keyWrites);
        apply(cellWrites, keyWrites, cells, keys.collection());
        keys.done();
        cache.wrote(n, states.changed());
        cellWrites.forEach(write -> written.add(KeyStore.Journal.id(write)));
        return written;
    }

    /** Finishes the last batch if a crash interrupted it; returns the cell documents it wrote. */
    private static Set<String> finish(KeyStore.Journal last, MongoCollection<Document> cells, KeyStore<?> keys) {
        if (last == null || last.done()) {
            return Set.of();
        }
        List<String> ids = last.cellWrites().stream().map(KeyStore.Journal::id).toList();
        Map<String, Long> taken = new HashMap<>();
        if (!ids.isEmpty()) {
            cells.find(Filters.in(CellMonth.ID, ids)).projection(Projections.include(CellMonth.JOURNAL))
                    .forEach(document -> {
                        Number journal = document.get(CellMonth.JOURNAL, Number.class);
                        taken.put(document.getString(CellMonth.ID), journal == null ? 0 : journal.longValue());
                    });
        }
        List<Document> missing = last.cellWrites().stream()
                .filter(write -> taken.getOrDefault(KeyStore.Journal.id(write), 0L) < last.n())
                .toList();
        log.warn("Finishing batch {} of {} that a crash interrupted: {} of {} cell documents and {} keys to write",
                last.n(), keys.collection().getNamespace().getCollectionName(), missing.size(), ids.size(),
                last.keyWrites().size());
        apply(missing, last.keyWrites(), cells, keys.collection());
        keys.done();
        return new LinkedHashSet<>(ids);
    }

    private static void apply(List<Document> cellWrites, List<Document> keyWrites, MongoCollection<Document> cells,
                              MongoCollection<Document> keys) {
        List<WriteModel<Document>> toCells = cellWrites.stream().<WriteModel<Document>>map(write ->
                new UpdateOneModel<>(Filters.eq(CellMonth.ID, KeyStore.Journal.id(write)),
                        KeyStore.Journal.update(write), UPSERT)).toList();
        if (!toCells.isEmpty()) {
            cells.bulkWrite(toCells, UNORDERED);
        }
        List<WriteModel<Document>> toKeys = keyWrites.stream().<WriteModel<Document>>map(write ->
                new ReplaceOneModel<>(Filters.eq(CellMonth.ID, KeyStore.Journal.id(write)),
                        KeyStore.Journal.replacement(write), REPLACE_OR_INSERT)).toList();
        if (!toKeys.isEmpty()) {
            keys.bulkWrite(toKeys, UNORDERED);
        }
    }
}
