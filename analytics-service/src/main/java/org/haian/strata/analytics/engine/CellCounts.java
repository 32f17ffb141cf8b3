package org.haian.strata.analytics.engine;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;

/** Counts gathered for writing, per cell-month document ({@link CellMonth}). */
final class CellCounts {

    private final Map<String, Sheet> byDocument = new LinkedHashMap<>();

    void add(Count count) {
        YearMonth month = YearMonth.from(count.businessDay());
        byDocument.computeIfAbsent(CellMonth.id(count.cell(), month), id -> new Sheet(count.cell(), month))
                .add(count);
    }

    boolean isEmpty() {
        return byDocument.isEmpty();
    }

    Set<String> ids() {
        return byDocument.keySet();
    }

    /** The first write of a new document sets these. */
    Document identity(String id) {
        Sheet sheet = byDocument.get(id);
        return CellMonth.identity(sheet.cell, sheet.month);
    }

    /** Every count of the document as field paths to increments; counts that cancel out are left out. */
    Map<String, Long> increments(String id) {
        Map<String, Long> increments = new LinkedHashMap<>();
        byDocument.get(id).counts.forEach((figure, days) -> days.forEach((businessDay, recorded) ->
                recorded.forEach((recordedDay, amount) -> {
                    if (amount != 0) {
                        increments.put(CellMonth.COUNTS + "." + figure + "." + businessDay + "." + recordedDay,
                                amount);
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
        document.putAll(CellMonth.identity(sheet.cell, sheet.month));
        return document.append(CellMonth.VERSION, 1L).append(CellMonth.COUNTS, counts);
    }

    private static final class Sheet {

        private final Cell cell;
        private final YearMonth month;
        /** figure, business day, recorded day: amount */
        private final Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();

        Sheet(Cell cell, YearMonth month) {
            this.cell = cell;
            this.month = month;
        }

        void add(Count count) {
            counts.computeIfAbsent(count.figure(), f -> new TreeMap<>())
                    .computeIfAbsent(count.businessDay().toString(), d -> new TreeMap<>())
                    .merge(count.recordedDay().toString(), count.amount(), Long::sum);
        }
    }
}
