package org.haian.strata.contribution.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A page of a filtered scan in a fixed order, and the number of documents that match. The MongoDB-wire server has
 * no secondary index, so a filter scans the collection: at the scale of a city's suggestions and villages (hundreds)
 * that is cheap, and on real MongoDB the fields filtered on get indexes.
 */
final class Pages {

    private Pages() {
    }

    /**
     * Equality on each field whose value was asked for, all at once: field, value, field, value, ...; a {@code null}
     * value is a filter the caller left out.
     */
    static Bson matching(Object... fieldsAndValues) {
        List<Bson> given = new ArrayList<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            Object value = fieldsAndValues[i + 1];
            if (value != null) {
                given.add(Filters.eq((String) fieldsAndValues[i], value instanceof Enum<?> e ? e.name() : value));
            }
        }
        return given.isEmpty() ? new Document() : Filters.and(given);
    }

    /** A day kept as ISO text ({@code 2024-03-01}), or {@code null} where there is none. */
    static LocalDate day(Document document, String field) {
        String day = document.getString(field);
        return day == null ? null : LocalDate.parse(day);
    }

    static <T> Page<T> of(MongoCollection<Document> collection, Bson filter, Bson order, int page, int size,
                          Function<Document, T> view) {
        List<T> items = new ArrayList<>();
        collection.find(filter).sort(order).skip((int) Math.min((long) page * size, Integer.MAX_VALUE)).limit(size)
                .forEach(document -> items.add(view.apply(document)));
        long total = 0;
        for (Document ignored : collection.find(filter).projection(Projections.include("_id"))) {
            total++;
        }
        return new Page<>(items, total);
    }

    record Page<T>(List<T> items, long total) {
    }
}
