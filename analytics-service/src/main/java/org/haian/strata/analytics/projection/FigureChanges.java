package org.haian.strata.analytics.projection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.readmodel.OncePerEvent;

import static org.haian.strata.analytics.projection.StatisticsProjection.categoryId;
import static org.haian.strata.analytics.projection.StatisticsProjection.cellId;
import static org.haian.strata.analytics.projection.StatisticsProjection.townshipId;

/**
 * What one event does to the {@code statistics} documents: per document, an increment per figure. Whatever a person,
 * a member or a work base counts in is counted three times, for the township, the category and the township and
 * category together; a member unit of the joint conference only for its category.
 *
 * <p>Each document is written under its own {@link OncePerEvent} mark, so a process that dies after some of an
 * event's documents and gets the event again writes only the others. That needs the same changes on every delivery:
 * changes that depend on what was counted before are kept with that state until they are written ({@link Standings}).
 */
final class FigureChanges {

    private static final String DOCUMENT = "document";
    private static final String FIGURES = StatisticsProjection.FIGURES;

    private final Map<String, Map<String, Integer>> byDocument = new LinkedHashMap<>();

    FigureChanges count(String township, Category category, String figure, int delta) {
        add(townshipId(township), figure, delta);
        add(categoryId(category), figure, delta);
        add(cellId(township, category), figure, delta);
        return this;
    }

    FigureChanges count(String township, Category category, Collection<String> figures, int delta) {
        figures.forEach(figure -> count(township, category, figure, delta));
        return this;
    }

    /** A city-level count (the joint conference's member units), which no township has a share of. */
    FigureChanges countForCategoryOnly(Category category, String figure, int delta) {
        add(categoryId(category), figure, delta);
        return this;
    }

    /**
     * Writes every document this event changes. A document whose increments cancel out (the category of a person
     * who moves township) is not written at all.
     */
    void writeTo(MongoCollection<Document> statistics, String aggregateId, long sequence) {
        byDocument.forEach((documentId, figures) -> {
            List<Bson> increments = figures.entrySet().stream()
                    .filter(figure -> figure.getValue() != 0)
                    .map(figure -> Updates.inc(FIGURES + "." + figure.getKey(), figure.getValue()))
                    .toList();
            if (!increments.isEmpty()) {
                OncePerEvent.apply(statistics, documentId, aggregateId, sequence, Updates.combine(increments));
            }
        });
    }

    /** These changes as they are kept in a read-model document until written. */
    List<Document> toDocuments() {
        return byDocument.entrySet().stream()
                .map(document -> new Document(DOCUMENT, document.getKey())
                        .append(FIGURES, new Document(Map.copyOf(document.getValue()))))
                .toList();
    }

    static FigureChanges fromDocuments(List<Document> documents) {
        FigureChanges changes = new FigureChanges();
        for (Document document : documents) {
            document.get(FIGURES, Document.class).forEach((figure, delta) ->
                    changes.add(document.getString(DOCUMENT), figure, ((Number) delta).intValue()));
        }
        return changes;
    }

    private void add(String documentId, String figure, int delta) {
        if (delta == 0) {
            return;
        }
        byDocument.computeIfAbsent(documentId, id -> new LinkedHashMap<>()).merge(figure, delta, Integer::sum);
    }
}
