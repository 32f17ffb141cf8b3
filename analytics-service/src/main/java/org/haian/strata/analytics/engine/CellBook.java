package org.haian.strata.analytics.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.bson.Document;

/**
 * The in-memory copy of the cells of every source's live generation, which the API reads: loaded from MongoDB when
 * a generation goes live, and refreshed with the documents this instance's flushes wrote and, a moment later, those
 * its peers wrote ({@link ChangeFeed}). A request sums this one copy, so a township total and a category total of
 * the same answer come from the same cells.
 */
final class CellBook {

    private final Map<String, Shelf> shelves = new ConcurrentHashMap<>();

    /** Replaces the source's copy with this generation's documents. */
    void load(Generation generation, Iterable<Document> documents) {
        Shelf shelf = new Shelf(generation.number(), new ConcurrentHashMap<>());
        documents.forEach(document -> shelf.put(CellMonth.of(document)));
        shelves.put(generation.source(), shelf);
    }

    /** Takes in documents read just now; a copy read earlier never replaces one read later. */
    void refresh(Generation generation, Iterable<Document> documents) {
        Shelf shelf = shelves.get(generation.source());
        if (shelf != null && shelf.generation() == generation.number()) {
            documents.forEach(document -> shelf.put(CellMonth.of(document)));
        }
    }

    /** The generation loaded for the source, or 0 if none is. */
    long generation(String source) {
        Shelf shelf = shelves.get(source);
        return shelf == null ? 0 : shelf.generation();
    }

    void forget(String source) {
        shelves.remove(source);
    }

    Collection<CellMonth> months(String source) {
        Shelf shelf = shelves.get(source);
        return shelf == null ? List.of() : shelf.months().values();
    }

    private record Shelf(long generation, ConcurrentMap<String, CellMonth> months) {

        void put(CellMonth month) {
            if (month != null) {
                months.merge(month.id(), month, (held, read) -> read.version() >= held.version() ? read : held);
            }
        }
    }
}
