package org.haian.strata.analytics.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.haian.strata.contract.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored counts of one cell for one business month, as recorded in one month: the only document shape that holds
 * figures, and the one place that names its id and fields. In a source's {@code <source>_g<generation>_cells}:
 * <pre>
 * { _id: "libao|NEW_MEDIA|2025-03|2025-04", township: "libao", category: "NEW_MEDIA", month: "2025-03",
 *   recorded: "2025-04", v: 7,
 *   counts: { people: { "2025-03-05": { "2025-04-02": 2, "2025-04-20": 1 } } },   figure, business day, recorded day
 *   marks: { "haian_liaison_events-2": 1834 },                                     see EventCountingWriter
 *   journal: 41 }                                                                  see KeyedCountingWriter
 * </pre>
 * A document holds at most a month of business days by a month of recording days per figure: its size is bounded
 * by the calendar, never by the number of events or aggregates, so writing today's counts costs the same in a
 * city's first year and in its tenth. Its marks grow with the partitions. Days are ISO dates, which contain no dots;
 * partition names have their dots replaced.
 *
 * <p>An instance is the immutable in-memory copy of such a document that the API reads.
 */
public final class CellMonth {

    public static final String ID = "_id";
    static final String TOWNSHIP = "township";
    static final String CATEGORY = "category";
    static final String MONTH = "month";
    static final String RECORDED_MONTH = "recorded";
    static final String VERSION = "v";
    static final String COUNTS = "counts";
    static final String MARKS = "marks";
    static final String JOURNAL = "journal";

    private static final long[] NOTHING = new long[0];
    private static final Logger log = LoggerFactory.getLogger(CellMonth.class);

    private final String id;
    private final Cell cell;
    private final YearMonth month;
    private final long version;
    /** Per figure, triples of (business epoch day, recorded epoch day, amount), in business-day order. */
    private final Map<String, long[]> entries;

    private CellMonth(String id, Cell cell, YearMonth month, long version, Map<String, long[]> entries) {
        this.id = id;
        this.cell = cell;
        this.month = month;
        this.version = version;
        this.entries = entries;
    }

    /** The document a count goes to: its cell, its business month and the month it was recorded in. */
    static String id(Count count) {
        return count.cell().township() + "|" + categoryName(count.cell()) + "|"
                + YearMonth.from(count.businessDay()) + "|" + YearMonth.from(count.recordedDay());
    }

    /** The field of a figure's count on a business day as recorded on a day (both ISO dates). */
    static String countPath(String figure, String businessDay, String recordedDay) {
        return COUNTS + "." + figure + "." + businessDay + "." + recordedDay;
    }

    private static String categoryName(Cell cell) {
        return cell.category() == null ? Cell.EVERY_CATEGORY : cell.category().name();
    }

    static String mark(String partition) {
        return partition.replace('.', '_');
    }

    /** The field of a partition's mark, by the partition's {@link #mark mark name}. */
    static String markPath(String mark) {
        return MARKS + "." + mark;
    }

    /** The identity fields of a count's document, for the first write of a new document. */
    static Document identity(Count count) {
        return new Document(TOWNSHIP, count.cell().township()).append(CATEGORY, categoryName(count.cell()))
                .append(MONTH, YearMonth.from(count.businessDay()).toString())
                .append(RECORDED_MONTH, YearMonth.from(count.recordedDay()).toString());
    }

    /**
     * @return null for a document this version cannot read (a category it does not know, a value it cannot parse),
     *         which is left out with a warning rather than keep every answer from being given
     */
    static CellMonth of(Document document) {
        try {
            return read(document);
        } catch (RuntimeException unreadable) {
            log.warn("Cell document {} cannot be read and is left out of the figures: {}", document.get(ID),
                    unreadable.toString());
            return null;
        }
    }

    private static CellMonth read(Document document) {
        String written = document.getString(CATEGORY);
        Category category = Cell.EVERY_CATEGORY.equals(written) ? null : Category.valueOf(written);
        Map<String, long[]> entries = new HashMap<>();
        document.get(COUNTS, new Document()).forEach((figure, days) -> {
            List<long[]> triples = new ArrayList<>();
            ((Document) days).forEach((businessDay, recorded) -> ((Document) recorded).forEach((recordedDay, amount) ->
                    triples.add(new long[] {LocalDate.parse(businessDay).toEpochDay(),
                            LocalDate.parse(recordedDay).toEpochDay(), ((Number) amount).longValue()})));
            triples.sort(Comparator.<long[]>comparingLong(t -> t[0]).thenComparingLong(t -> t[1]));
            long[] flat = new long[triples.size() * 3];
            for (int i = 0; i < triples.size(); i++) {
                System.arraycopy(triples.get(i), 0, flat, i * 3, 3);
            }
            entries.put(figure, flat);
        });
        Number version = document.get(VERSION, Number.class);
        return new CellMonth(document.getString(ID), new Cell(document.getString(TOWNSHIP), category),
                YearMonth.parse(document.getString(MONTH)), version == null ? 0 : version.longValue(), entries);
    }

    public String id() {
        return id;
    }

    public Cell cell() {
        return cell;
    }

    public YearMonth month() {
        return month;
    }

    /** Raised by every write, so that of two copies read at different moments the later one wins. */
    long version() {
        return version;
    }

    /**
     * The sum of a figure's increments that count from a business day in {@code [from, to]} and were known by the
     * end of {@code knownAt} (all epoch days).
     */
    long sum(String figure, long from, long to, long knownAt) {
        long[] triples = entries.getOrDefault(figure, NOTHING);
        long sum = 0;
        for (int i = 0; i < triples.length && triples[i] <= to; i += 3) {
            if (triples[i] >= from && triples[i + 1] <= knownAt) {
                sum += triples[i + 2];
            }
        }
        return sum;
    }
}
