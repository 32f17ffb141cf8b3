package org.haian.strata.outreach.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One page of a filtered scan in a given order that ends on {@code _id}, so that equal keys keep one order from
 * page to page. The MongoDB-wire server scans for any filter beside {@code _id}; outreach's lists are a township's
 * visits, problems and a few appraisals a year, small enough for that.
 */
final class Pages {

    private Pages() {
    }

    record Page<T>(List<T> items, long total) {
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

    static <T> Page<T> of(MongoCollection<Document> collection, Bson filter, Bson order, int page, int size,
                          Function<Document, T> view) {
        List<T> items = new ArrayList<>();
        collection.find(filter).sort(order)
                .skip((int) Math.min((long) page * size, Integer.MAX_VALUE))
                .limit(size)
                .forEach(document -> items.add(view.apply(document)));
        long total = 0;
        for (Document ignored : collection.find(filter).projection(Projections.include("_id"))) {
            total++;
        }
        return new Page<>(items, total);
    }
}
