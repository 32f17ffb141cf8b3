package org.haian.strata.analytics.projection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CategoryStatisticsQuery;
import org.haian.strata.analytics.api.Figures;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipStatisticsQuery;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.township.Townships;
import org.springframework.stereotype.Component;

/**
 * Counts per township, per category and per township-and-category, one document each in {@code statistics},
 * keyed by {@code _id} ({@code township:libao}, {@code category:NEW_MEDIA}, {@code township:libao|category:NEW_MEDIA}):
 * the only lookups the MongoDB-wire server answers without scanning. Each event changes each of its documents once,
 * however often Kafka delivers it ({@link OncePerEvent}).
 */
@Component
@ProcessingGroup("statistics")
public class StatisticsProjection {

    static final String COLLECTION = "statistics";

    private final MongoCollection<Document> statistics;
    private final Townships townships;

    public StatisticsProjection(MongoDatabase readModels, Townships townships) {
        this.statistics = readModels.getCollection(COLLECTION);
        this.townships = townships;
    }

    @EventHandler
    void on(PersonRegistered event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        count(event.township(), event.category(), aggregateId, sequence, Figures.PEOPLE, 1);
    }

    @QueryHandler
    Optional<TownshipStatistics> handle(TownshipStatisticsQuery query) {
        if (!townships.isKnown(query.township())) {
            return Optional.empty();
        }
        Map<String, Map<String, Long>> found = read(Stream.concat(
                Stream.of(townshipId(query.township())),
                Arrays.stream(Category.values()).map(c -> cellId(query.township(), c))).toList());
        Map<Category, Map<String, Long>> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category, Figures.complete(found.getOrDefault(cellId(query.township(), category), Map.of())));
        }
        return Optional.of(new TownshipStatistics(query.township(), townships.getTownships().get(query.township()),
                Figures.complete(found.getOrDefault(townshipId(query.township()), Map.of())), byCategory));
    }

    @QueryHandler
    CategoryStatistics handle(CategoryStatisticsQuery query) {
        List<String> rows = query.township() == null ? List.copyOf(townships.codes()) : List.of(query.township());
        String total = query.township() == null ? categoryId(query.category()) : cellId(query.township(), query.category());
        Map<String, Map<String, Long>> found = read(Stream.concat(
                Stream.of(total), rows.stream().map(t -> cellId(t, query.category()))).toList());
        Map<String, Map<String, Long>> byTownship = new LinkedHashMap<>();
        for (String township : rows) {
            byTownship.put(township, Figures.complete(found.getOrDefault(cellId(township, query.category()), Map.of())));
        }
        return new CategoryStatistics(query.category(), Figures.complete(found.getOrDefault(total, Map.of())),
                byTownship);
    }

    private void count(String township, Category category, String aggregateId, long sequence, String figure, int delta) {
        for (String id : List.of(townshipId(township), categoryId(category), cellId(township, category))) {
            OncePerEvent.apply(statistics, id, aggregateId, sequence, Updates.inc("figures." + figure, delta));
        }
    }

    private Map<String, Map<String, Long>> read(List<String> ids) {
        Map<String, Map<String, Long>> found = new HashMap<>();
        for (Document document : statistics.find(Filters.in("_id", ids))) {
            Document figures = document.get("figures", new Document());
            Map<String, Long> values = new HashMap<>();
            figures.forEach((name, value) -> values.put(name, ((Number) value).longValue()));
            found.put(document.getString("_id"), values);
        }
        return found;
    }

    static String townshipId(String township) {
        return "township:" + township;
    }

    static String categoryId(Category category) {
        return "category:" + category.name();
    }

    static String cellId(String township, Category category) {
        return townshipId(township) + "|" + categoryId(category);
    }
}
