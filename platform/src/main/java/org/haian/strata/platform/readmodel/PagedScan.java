package org.haian.strata.platform.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One page of a filtered scan in a fixed order, and how many documents match. The MongoDB-wire server has no
 * secondary index and {@code countDocuments} needs an aggregation pipeline, so the filter is a scan and the total is
 * counted over {@code _id}s: at a city's scale (about 2,000 people, hundreds of organisations, suggestions and
 * villages) both are cheap, and on real MongoDB the fields filtered on get indexes.
 */
public final class PagedScan {

    /** By name, then by {@code _id}, so that equal names keep one order from page to page. */
    public static final Bson BY_NAME = Sorts.ascending("name", "_id");

    private PagedScan() {
    }

    /** Every given condition at once; a {@code null} condition is a filter the caller left out. */
    public static Bson allOf(Bson... conditions) {
        List<Bson> given = Stream.of(conditions).filter(Objects::nonNull).toList();
        return given.isEmpty() ? new Document() : Filters.and(given);
    }

    /** Equality on a field, or no condition when the value was not asked for. */
    public static Bson equalIfGiven(String field, Object value) {
        return value == null ? null : Filters.eq(field, value instanceof Enum<?> e ? e.name() : value);
    }

    /** Equality on each field whose value was asked for: field, value, field, value, ... */
    public static Bson matching(Object... fieldsAndValues) {
        Bson[] conditions = new Bson[fieldsAndValues.length / 2];
        for (int i = 0; i < conditions.length; i++) {
            conditions[i] = equalIfGiven((String) fieldsAndValues[2 * i], fieldsAndValues[2 * i + 1]);
        }
        return allOf(conditions);
    }

    /**
     * @param fields the fields the view needs, or {@code null} for whole documents
     * @param order  the order of the whole scan, ending in a unique field so that pages do not overlap
     */
    public static <T> Page<T> page(MongoCollection<Document> collection, Bson filter, Bson fields, Bson order,
                                   int page, int size, Function<Document, T> view) {
        List<T> items = new ArrayList<>();
        collection.find(filter)
                .projection(fields)
                .sort(order)
                .skip((int) Math.min((long) page * size, Integer.MAX_VALUE))
                .limit(size)
                .forEach(document -> items.add(view.apply(document)));
        long total = 0;
        for (Document ignored : collection.find(filter).projection(Projections.include("_id"))) {
            total++;
        }
        return new Page<>(items, total);
    }

    public record Page<T>(List<T> items, long total) {
    }
}
