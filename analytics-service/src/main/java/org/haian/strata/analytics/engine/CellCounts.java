package org.haian.strata.analytics.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;

/** Counts gathered for writing, per cell-month document ({@link CellMonth}). */
final class CellCounts {

    private final Map<String, Sheet> byDocument = new LinkedHashMap<>();

    void add(Count count) {
        byDocument.computeIfAbsent(CellMonth.id(count), id -> new Sheet(CellMonth.identity(count))).add(count);
    }

    boolean isEmpty() {
        return byDocument.isEmpty();
    }

    Set<String> ids() {
        return byDocument.keySet();
    }

    private Document identity(String id) {
        return new Document(byDocument.get(id).identity);
    }

    /**
     * The update that adds the document's counts (upsert, filter exactly its {@code _id}), raises the version, sets
     * the identity of a new document, and raises these marks and sets these fields.
     */
    Document update(String id, Map<String, Long> marks, Map<String, Object> set) {
        Document increments = new Document(increments(id)).append(CellMonth.VERSION, 1L);
        Document update = new Document("$inc", increments).append("$setOnInsert", identity(id));
        if (!marks.isEmpty()) {
            Document max = new Document();
            marks.forEach((mark, offset) -> max.append(CellMonth.markPath(mark), offset));
            update.append("$max", max);
        }
        if (!set.isEmpty()) {
            update.append("$set", new Document(set));
        }
        return update;
    }

    /** Every count of the document as field paths to increments; counts that cancel out are left out. */
    private Map<String, Long> increments(String id) {
        Map<String, Long> increments = new LinkedHashMap<>();
        byDocument.get(id).counts.forEach((figure, days) -> days.forEach((businessDay, recorded) ->
                recorded.forEach((recordedDay, amount) -> {
                    if (amount != 0) {
                        increments.put(CellMonth.countPath(figure, businessDay, recordedDay), amount);
                    }
                })));
        return increments;
    }

    /** The whole document, for a collection written afresh by a rebuild. */
    Document document(String id) {
        Sheet sheet = byDocument.get(id);
        Document counts = new Document();
        sheet.counts.forEach((figure, days) -> {
            Document byBusinessDay = new Document();
            days.forEach((businessDay, recorded) -> byBusinessDay.append(businessDay, new Document(recorded)));
            counts.append(figure, byBusinessDay);
        });
        Document document = new Document(CellMonth.ID, id);
        document.putAll(sheet.identity);
        return document.append(CellMonth.VERSION, 1L).append(CellMonth.COUNTS, counts);
    }

    private static final class Sheet {

        private final Document identity;
        /** figure, business day, recorded day: amount */
        private final Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();

        Sheet(Document identity) {
            this.identity = identity;
        }

        void add(Count count) {
            counts.computeIfAbsent(count.figure(), f -> new TreeMap<>())
                    .computeIfAbsent(count.businessDay().toString(), d -> new TreeMap<>())
                    .merge(count.recordedDay().toString(), count.amount(), Long::sum);
        }
    }
}
