package org.haian.strata.liaison.projection;

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
 * One page of a filtered scan, sorted by name and then {@code _id} so that equal names keep one order from page to
 * page. The MongoDB-wire server has no secondary index and {@code countDocuments} needs an aggregation pipeline, so
 * the filter is a scan and the total is counted over {@code _id}s: at this registry's scale (about 2,000 people,
 * hundreds of organisations, a few dozen bases) both are cheap.
 */
final class PagedScan {

    private PagedScan() {
    }

    /** Every given condition at once; a {@code null} condition is a filter the caller left out. */
    static Bson allOf(Bson... conditions) {
        List<Bson> given = Stream.of(conditions).filter(Objects::nonNull).toList();
        return given.isEmpty() ? new Document() : Filters.and(given);
    }

    /** Equality on a field, or no condition when the value was not asked for. */
    static Bson equalIfGiven(String field, Object value) {
        return value == null ? null : Filters.eq(field, value instanceof Enum<?> e ? e.name() : value);
    }

    static <T> Page<T> page(MongoCollection<Document> collection, Bson filter, int page, int size,
                            Function<Document, T> view) {
        return page(collection, filter, null, page, size, view);
    }

    /** @param fields the fields the view needs, or {@code null} for whole documents */
    static <T> Page<T> page(MongoCollection<Document> collection, Bson filter, Bson fields, int page, int size,
                            Function<Document, T> view) {
        List<T> items = new ArrayList<>();
        collection.find(filter)
                .projection(fields)
                .sort(Sorts.ascending("name", "_id"))
                .skip((int) Math.min((long) page * size, Integer.MAX_VALUE))
                .limit(size)
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
