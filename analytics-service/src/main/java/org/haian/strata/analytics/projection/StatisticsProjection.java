package org.haian.strata.analytics.projection;

import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
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
import com.mongodb.client.model.Projections;
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
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.platform.township.Townships;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The figures of the "3" mechanisms ({@link Figures}) per township, per category and per township-and-category, one
 * document each in {@code statistics}, keyed by {@code _id} ({@code township:libao}, {@code category:NEW_MEDIA},
 * {@code township:libao|category:NEW_MEDIA}): the only lookups the MongoDB-wire server answers without scanning.
 *
 * <p>Most figures are counted from one event, which carries what is needed: the township and category, and the
 * person's counts after it ({@code activeLiaisons}, {@code politicalArrangements}) or their standing when they move,
 * change category or are archived. Members are the exception: where a member counts depends on the person's events
 * too, which {@link Standings} keeps. Overdue contacts change with the calendar, so {@link ListedLiaisons} keeps
 * the assignments and they are counted when read.
 *
 * <p>Each event changes each of its documents once, however often Kafka delivers it, and also when the process died
 * between two of them: every document is written under its own mark (see {@link FigureChanges}).
 */
@Component
@ProcessingGroup("statistics")
public class StatisticsProjection {

    static final String COLLECTION = "statistics";
    /** The field of a {@code statistics} document that holds its counted figures. */
    static final String FIGURES = "figures";

    private final MongoCollection<Document> statistics;
    private final Standings standings;
    private final ListedLiaisons liaisons;
    private final Townships townships;

    public StatisticsProjection(MongoDatabase readModels, Townships townships, Clock clock,
                                @Value("${haian.contact-overdue-after}") Period overdueAfter) {
        this.statistics = readModels.getCollection(COLLECTION);
        this.standings = new Standings(readModels.getCollection(Standings.COLLECTION), statistics);
        this.liaisons = new ListedLiaisons(readModels.getCollection(ListedLiaisons.COLLECTION), clock, overdueAfter);
        this.townships = townships;
    }

    @EventHandler
    void on(PersonRegistered event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        standings.apply(event.personId(), aggregateId, sequence,
                new FigureChanges().count(event.township(), event.category(), Figures.PEOPLE, 1),
                (standing, changes) -> standing.relocatedTo(event.township(), event.category(), changes));
    }

    @EventHandler
    void on(PersonMovedToTownship event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        relocate(event.personId(), event.fromTownship(), event.category(), event.toTownship(), event.category(),
                countedIn(event.representativeFigure(), event.activeLiaisons(), event.politicalArrangements()),
                event.activeLiaisons() > 0, aggregateId, sequence);
    }

    @EventHandler
    void on(PersonCategoryChanged event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        relocate(event.personId(), event.township(), event.fromCategory(), event.township(), event.toCategory(),
                countedIn(event.representativeFigure(), event.activeLiaisons(), event.politicalArrangements()),
                event.activeLiaisons() > 0, aggregateId, sequence);
    }

    /** A move or a category change takes every figure the person counts in from the old place to the new one. */
    private void relocate(String personId, String fromTownship, Category fromCategory, String toTownship,
                          Category toCategory, List<String> counted, boolean underLiaison, String aggregateId,
                          long sequence) {
        standings.apply(personId, aggregateId, sequence, new FigureChanges()
                        .count(fromTownship, fromCategory, counted, -1)
                        .count(toTownship, toCategory, counted, 1),
                (standing, changes) -> standing.relocatedTo(toTownship, toCategory, changes));
        if (underLiaison) {
            liaisons.relocated(personId, toTownship, toCategory, aggregateId, sequence);
        }
    }

    /** Every liaison with the person has ended, each with its own LiaisonEnded, before this event. */
    @EventHandler
    void on(PersonArchived event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        List<String> counted = countedIn(event.representativeFigure(), 0, event.politicalArrangements());
        standings.apply(event.personId(), aggregateId, sequence,
                new FigureChanges().count(event.township(), event.category(), counted, -1),
                (standing, changes) -> standing.archivedNow(changes));
    }

    @EventHandler
    void on(RepresentativeFigureDesignated event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        new FigureChanges().count(event.township(), event.category(), Figures.REPRESENTATIVES, 1)
                .writeTo(statistics, aggregateId, sequence);
    }

    @EventHandler
    void on(RepresentativeFigureWithdrawn event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        new FigureChanges().count(event.township(), event.category(), Figures.REPRESENTATIVES, -1)
                .writeTo(statistics, aggregateId, sequence);
    }

    /** Only the first arrangement makes one more person with a political arrangement. */
    @EventHandler
    void on(PoliticalArrangementRecorded event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        if (event.politicalArrangements() == 1) {
            new FigureChanges().count(event.township(), event.category(), Figures.PEOPLE_WITH_POLITICAL_ARRANGEMENT, 1)
                    .writeTo(statistics, aggregateId, sequence);
        }
    }

    /** Only the first cadre puts the person under liaison. */
    @EventHandler
    void on(LiaisonAssigned event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        if (event.activeLiaisons() == 1) {
            new FigureChanges().count(event.township(), event.category(), Figures.PEOPLE_UNDER_LIAISON, 1)
                    .writeTo(statistics, aggregateId, sequence);
        }
        liaisons.assigned(event, aggregateId, sequence);
    }

    /** Only the last cadre leaving takes the person out from under liaison. */
    @EventHandler
    void on(LiaisonEnded event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        if (event.activeLiaisons() == 0) {
            new FigureChanges().count(event.township(), event.category(), Figures.PEOPLE_UNDER_LIAISON, -1)
                    .writeTo(statistics, aggregateId, sequence);
        }
        liaisons.ended(event, aggregateId, sequence);
    }

    @EventHandler
    void on(ContactLogged event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        liaisons.contacted(event, aggregateId, sequence);
    }

    @EventHandler
    void on(MemberAdmitted event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        standings.apply(event.personId(), aggregateId, sequence, new FigureChanges(), (standing, changes) ->
                standing.admittedTo(event.associationId(), event.township(), event.category(), changes));
    }

    @EventHandler
    void on(MemberRemoved event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        standings.apply(event.personId(), aggregateId, sequence, new FigureChanges(),
                (standing, changes) -> standing.removedFrom(event.associationId(), changes));
    }

    @EventHandler
    void on(WorkBaseEstablished event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        new FigureChanges().count(event.township(), event.category(), Figures.BASES, 1)
                .writeTo(statistics, aggregateId, sequence);
    }

    @EventHandler
    void on(WorkBaseClosed event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        new FigureChanges().count(event.township(), event.category(), Figures.BASES, -1)
                .writeTo(statistics, aggregateId, sequence);
    }

    @EventHandler
    void on(MemberUnitJoined event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        new FigureChanges().countForCategoryOnly(event.category(), Figures.MEMBER_UNITS, 1)
                .writeTo(statistics, aggregateId, sequence);
    }

    @EventHandler
    void on(MemberUnitLeft event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        new FigureChanges().countForCategoryOnly(event.category(), Figures.MEMBER_UNITS, -1)
                .writeTo(statistics, aggregateId, sequence);
    }

    @QueryHandler
    Optional<TownshipStatistics> handle(TownshipStatisticsQuery query) {
        if (!townships.isKnown(query.township())) {
            return Optional.empty();
        }
        String total = townshipId(query.township());
        Map<String, Map<String, Long>> found = read(Stream.concat(Stream.of(total),
                Arrays.stream(Category.values()).map(c -> cellId(query.township(), c))).toList(),
                liaisons.overdue(query.township(), null));
        Map<Category, Map<String, Long>> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category, found.get(cellId(query.township(), category)));
        }
        return Optional.of(new TownshipStatistics(query.township(), townships.getTownships().get(query.township()),
                found.get(total), byCategory));
    }

    @QueryHandler
    CategoryStatistics handle(CategoryStatisticsQuery query) {
        List<String> rows = query.township() == null ? List.copyOf(townships.codes()) : List.of(query.township());
        String total = query.township() == null ? categoryId(query.category()) : cellId(query.township(), query.category());
        Map<String, Map<String, Long>> found = read(Stream.concat(
                Stream.of(total), rows.stream().map(t -> cellId(t, query.category()))).toList(),
                liaisons.overdue(query.township(), query.category()));
        Map<String, Map<String, Long>> byTownship = new LinkedHashMap<>();
        for (String township : rows) {
            byTownship.put(township, found.get(cellId(township, query.category())));
        }
        return new CategoryStatistics(query.category(), found.get(total), byTownship);
    }

    /** The figures a person counts in while they are in the registry: each 1 for them. */
    private static List<String> countedIn(boolean representative, int activeLiaisons, int politicalArrangements) {
        List<String> figures = new ArrayList<>(List.of(Figures.PEOPLE));
        if (representative) {
            figures.add(Figures.REPRESENTATIVES);
        }
        if (activeLiaisons > 0) {
            figures.add(Figures.PEOPLE_UNDER_LIAISON);
        }
        if (politicalArrangements > 0) {
            figures.add(Figures.PEOPLE_WITH_POLITICAL_ARRANGEMENT);
        }
        return figures;
    }

    /** Every figure of these documents: the counted ones as stored, and the overdue contacts as worked out now. */
    private Map<String, Map<String, Long>> read(List<String> ids, Map<String, Long> overdue) {
        Map<String, Map<String, Long>> counted = new HashMap<>();
        // Only the figures: the idempotency marks beside them grow with the people counted and are no reader's business.
        for (Document document : statistics.find(Filters.in("_id", ids)).projection(Projections.include(FIGURES))) {
            Map<String, Long> values = new HashMap<>();
            document.get(FIGURES, new Document())
                    .forEach((name, value) -> values.put(name, ((Number) value).longValue()));
            counted.put(document.getString("_id"), values);
        }
        Map<String, Map<String, Long>> figures = new HashMap<>();
        for (String id : ids) {
            Map<String, Long> values = new HashMap<>(counted.getOrDefault(id, Map.of()));
            values.put(Figures.OVERDUE_CONTACTS, overdue.getOrDefault(id, 0L));
            figures.put(id, Figures.complete(values));
        }
        return figures;
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
