package org.haian.strata.analytics.projection;

import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CategoryStatisticsQuery;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipStatisticsQuery;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.platform.township.Townships;

/**
 * The statistics projection on a database of its own on the embedded MongoDB-wire server, fed domain event messages
 * the way Axon's tracking processor feeds it (through the annotated handlers, with source id and sequence number),
 * and read through its query handlers on a fixed "today".
 */
final class Analytics {

    static final List<String> TOWNSHIPS = List.of("libao", "qutang", "chengdong");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");

    private final MongoDatabase database;
    private final Map<String, Long> sequences = new HashMap<>();
    private LocalDate today = TODAY;
    private Period overdueAfter = Period.ofDays(90);

    Analytics(MongoClient client) {
        this.database = client.getDatabase("projection-test-" + UUID.randomUUID());
    }

    MongoDatabase database() {
        return database;
    }

    /** Reads from now on as if it were this day. */
    Analytics on(LocalDate day) {
        this.today = day;
        return this;
    }

    Analytics overdueAfter(Period period) {
        this.overdueAfter = period;
        return this;
    }

    /** The event as its aggregate would have stored it: with that aggregate's next sequence number. */
    DomainEventMessage<?> message(Object event) {
        String aggregateId = aggregateOf(event);
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>("Liaison", aggregateId, sequence, event);
    }

    /** Delivers each event, once, in this order. */
    Analytics deliver(Object... events) {
        for (Object event : events) {
            deliver(message(event));
        }
        return this;
    }

    /** Delivers the message (again, if it was delivered before). */
    void deliver(DomainEventMessage<?> message) {
        deliver(message, database);
    }

    /** Delivers the message to a projection started afresh over this view of the database. */
    void deliver(DomainEventMessage<?> message, MongoDatabase view) {
        try {
            new AnnotationEventHandlerAdapter(projection(view)).handle(message);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Long> figures(String township) {
        return township(township).figures();
    }

    Map<String, Long> figures(Category category) {
        return category(category, null).figures();
    }

    Map<String, Long> figures(String township, Category category) {
        return township(township).byCategory().get(category);
    }

    /**
     * One figure as each read shows it: the township's, the category's, the category's in the township's
     * breakdown, and the township's in the category's read for that township (a township officer's read).
     */
    List<Long> figure(String figure, String township, Category category) {
        return List.of(figures(township).get(figure), figures(category).get(figure),
                figures(township, category).get(figure), category(category, township).figures().get(figure));
    }

    TownshipStatistics township(String township) {
        return find(township).orElseThrow();
    }

    Optional<TownshipStatistics> find(String township) {
        return projection(database).handle(new TownshipStatisticsQuery(township));
    }

    /** @param township null for the whole city */
    CategoryStatistics category(Category category, String township) {
        return projection(database).handle(new CategoryStatisticsQuery(category, township));
    }

    /** Every figure there is to read: per township, per category and per township and category. */
    Map<String, Map<String, Long>> everything() {
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        for (String township : TOWNSHIPS) {
            TownshipStatistics statistics = township(township);
            all.put(township, statistics.figures());
            statistics.byCategory().forEach((category, figures) -> all.put(township + "|" + category, figures));
        }
        for (Category category : Category.values()) {
            all.put(category.name(), figures(category));
        }
        return all;
    }

    private StatisticsProjection projection(MongoDatabase view) {
        Townships townships = new Townships();
        TOWNSHIPS.forEach(code -> townships.getTownships().put(code, "镇 " + code));
        Clock clock = Clock.fixed(today.atStartOfDay(HAIAN).plusHours(12).toInstant(), HAIAN);
        return new StatisticsProjection(view, townships, clock, overdueAfter);
    }

    private static String aggregateOf(Object event) {
        if (event instanceof MemberAdmitted admitted) {
            return admitted.associationId();
        }
        if (event instanceof MemberRemoved removed) {
            return removed.associationId();
        }
        if (event instanceof WorkBaseEstablished established) {
            return established.baseId();
        }
        if (event instanceof WorkBaseClosed closed) {
            return closed.baseId();
        }
        if (event instanceof MemberUnitJoined joined) {
            return joined.conferenceId();
        }
        if (event instanceof MemberUnitLeft left) {
            return left.conferenceId();
        }
        try {
            // Every other liaison event is one of a person's.
            return (String) event.getClass().getMethod("personId").invoke(event);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("Not a liaison event the figures count: " + event, e);
        }
    }
}
