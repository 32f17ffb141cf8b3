package org.haian.strata.analytics.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * Writes one batch of an {@link EventCounting} source: one read of the marks of the documents the batch touches
 * ({@code _id $in}) and one bulk write with an update per document ({@code $inc} of its counts, {@code $max} of
 * its marks, filter exactly {@code _id}); before and after, the same for the batch's aggregates ({@link
 * SeenOrigins}), which tell the repeats the publisher sent again.
 *
 * <p>A document's mark of a partition is the offset of the last event of that partition it has taken in. One
 * partition belongs to one segment of the processor and is read in order by one thread, so an event at or below the
 * mark was counted before and is skipped: however often Kafka delivers the same record, after a crash between this
 * write and the token's commit too. Marks grow with the partitions, never with the aggregates.
 */
final class EventCountingWriter {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private EventCountingWriter() {
    }

    /** @return the ids of the documents it wrote */
    static Set<String> write(EventCounting source, MongoCollection<Document> cells, MongoCollection<Document> seen,
                             List<RecordedEvent> events) {
        // A repeat of an event that counts nothing changes nothing either: only events that count need marks.
        List<RecordedEvent> counting = new ArrayList<>();
        List<List<Count>> countsOfEach = new ArrayList<>();
        for (RecordedEvent event : events) {
            List<Count> counts = Guarded.counts(source, event);
            if (!counts.isEmpty()) {
                counting.add(event);
                countsOfEach.add(counts);
            }
        }
        if (counting.isEmpty()) {
            return Set.of();
        }
        SeenOrigins origins = SeenOrigins.read(seen, counting.stream().map(RecordedEvent::origin).distinct().toList());
        Map<String, List<Positioned>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < counting.size(); i++) {
            if (origins.takeIn(counting.get(i))) {
                for (Count count : countsOfEach.get(i)) {
                    byDocument.computeIfAbsent(CellMonth.id(count), id -> new ArrayList<>())
                            .add(new Positioned(counting.get(i), count));
                }
            }
        }
        if (byDocument.isEmpty()) {
            return Set.of();
        }
        Map<String, Document> marks = new HashMap<>();
        cells.find(Filters.in(CellMonth.ID, byDocument.keySet())).projection(Projections.include(CellMonth.MARKS))
                .forEach(document -> marks.put(document.getString(CellMonth.ID),
                        document.get(CellMonth.MARKS, new Document())));
        List<WriteModel<Document>> writes = new ArrayList<>();
        byDocument.forEach((id, positioned) -> {
            Document taken = marks.getOrDefault(id, new Document());
            CellCounts fresh = new CellCounts();
            Map<String, Long> highest = new HashMap<>();
            for (Positioned one : positioned) {
                String mark = CellMonth.mark(one.event().partition());
                Number before = taken.get(mark, Number.class);
                if (before == null || one.event().offset() > before.longValue()) {
                    fresh.add(one.count());
                    highest.merge(mark, one.event().offset(), Math::max);
                }
            }
            // Counts that cancel out leave nothing to add, but the marks still say the events were taken in.
            if (!highest.isEmpty()) {
                writes.add(new UpdateOneModel<>(Filters.eq(CellMonth.ID, id), fresh.update(id, highest, Map.of()),
                        UPSERT));
            }
        });
        if (!writes.isEmpty()) {
            cells.bulkWrite(writes, UNORDERED);
        }
        origins.write(seen);
        return byDocument.keySet();
    }

    private record Positioned(RecordedEvent event, Count count) {
    }
}
