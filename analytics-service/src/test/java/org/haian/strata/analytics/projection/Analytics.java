package org.haian.strata.analytics.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CategoryStatisticsQuery;
import org.haian.strata.analytics.api.CityStatistics;
import org.haian.strata.analytics.api.CityStatisticsQuery;
import org.haian.strata.analytics.api.FigureSeries;
import org.haian.strata.analytics.api.FigureSeriesQuery;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.analytics.api.Scorecard;
import org.haian.strata.analytics.api.ScorecardQuery;
import org.haian.strata.analytics.api.ScorecardSeries;
import org.haian.strata.analytics.api.ScorecardSeriesQuery;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipStatisticsQuery;
import org.haian.strata.analytics.engine.ContextTopics;
import org.haian.strata.analytics.engine.FigureSource;
import org.haian.strata.analytics.engine.Infrastructure;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Settings;
import org.haian.strata.analytics.figures.contribution.AgreementPeopleFigures;
import org.haian.strata.analytics.figures.contribution.BenefitFigures;
import org.haian.strata.analytics.figures.contribution.ChannelFigures;
import org.haian.strata.analytics.figures.contribution.SuggestionFunnelFigures;
import org.haian.strata.analytics.figures.contribution.TwoWayServiceFigures;
import org.haian.strata.analytics.figures.contribution.VillageCoverageFigures;
import org.haian.strata.analytics.figures.liaison.LiaisonPeopleFigures;
import org.haian.strata.analytics.figures.liaison.LiaisonRegistryFigures;
import org.haian.strata.analytics.figures.outreach.OrganisationsVisitedFigures;
import org.haian.strata.analytics.figures.outreach.OutreachActivityFigures;
import org.haian.strata.analytics.figures.outreach.OverdueProblemsFigures;
import org.haian.strata.analytics.figures.outreach.ParticipantsFigures;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.time.ContactOverdue;
import org.haian.strata.platform.township.Townships;

import static org.awaitility.Awaitility.await;

/**
 * The read side on a database of its own on the embedded MongoDB-wire server, without Kafka: events are made as the
 * Kafka converter makes them (each aggregate's events in one partition, at the next offset, with the aggregate's
 * next sequence number), delivered to every figure source in batches the way their processors deliver them, and
 * read through the query handler on a fixed "today" by a read side started afresh over the stored documents, as
 * after a restart.
 */
final class Analytics {

    static final List<String> TOWNSHIPS = List.of("libao", "qutang", "chengdong");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final int PARTITIONS = 3;

    private final MongoDatabase database;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<Integer, Long> offsets = new HashMap<>();
    private Instant recordedAt = Instant.parse("2025-01-01T02:00:00Z");
    private LocalDate today = TODAY;
    private Period overdueAfter = Period.ofDays(90);
    private final boolean everySource;

    Analytics(MongoClient client) {
        this(client, false);
    }

    /** @param everySource whether to count with every figure source of the "3+4+N", not only the "3"'s */
    Analytics(MongoClient client, boolean everySource) {
        this.database = client.getDatabase("projection-test-" + UUID.randomUUID());
        this.everySource = everySource;
        readSide(database).close();
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

    /** The events made from now on were recorded at this moment. */
    Analytics recordedAt(Instant moment) {
        this.recordedAt = moment;
        return this;
    }

    /** ... at noon of this day in Hai'an. */
    Analytics recordedOn(LocalDate day) {
        return recordedAt(day.atTime(12, 0).atZone(HAIAN).toInstant());
    }

    /** The event as its aggregate would have stored it and Kafka would deliver it next. */
    RecordedEvent message(Object event) {
        String aggregateId = aggregateOf(event);
        int partition = Math.floorMod(aggregateId.hashCode(), PARTITIONS);
        long offset = offsets.merge(partition, 1L, Long::sum) - 1;
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        return new RecordedEvent(event, "haian.liaison.events-" + partition, offset, aggregateId, sequence,
                recordedAt, LocalDate.ofInstant(recordedAt, HAIAN));
    }

    /** Delivers each event once, in this order, each in a batch of its own. */
    Analytics deliver(Object... events) {
        for (Object event : events) {
            deliver(message(event));
        }
        return this;
    }

    /** Delivers the events once, in this order, in one batch. */
    Analytics deliverAsOneBatch(Object... events) {
        List<RecordedEvent> batch = new ArrayList<>();
        for (Object event : events) {
            batch.add(message(event));
        }
        deliver(batch, database);
        return this;
    }

    /** Delivers a message (again, if it was delivered before) in a batch of its own. */
    void deliver(RecordedEvent message) {
        deliver(List.of(message), database);
    }

    /** Delivers a batch to every source, through a read side started afresh over this view of the database. */
    void deliver(List<RecordedEvent> batch, MongoDatabase view) {
        ReadSide readSide = readSide(view);
        try {
            readSide.sources().forEach(source -> readSide.flush(source.name(), batch));
        } finally {
            readSide.close();
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
        return query(handler -> handler.handle(new TownshipStatisticsQuery(township, at())));
    }

    /** @param township null for the whole city */
    CategoryStatistics category(Category category, String township) {
        return query(handler -> handler.handle(new CategoryStatisticsQuery(category, township, at())));
    }

    CityStatistics city(PointInTime at) {
        return query(handler -> handler.handle(new CityStatisticsQuery(at)));
    }

    FigureSeries series(FigureSeriesQuery query) {
        return query(handler -> handler.handle(query));
    }

    /** @param township null for the whole city */
    Scorecard scorecard(String township, PointInTime at) {
        return scorecards(handler -> handler.handle(new ScorecardQuery(township, at)).orElseThrow());
    }

    ScorecardSeries scorecardSeries(ScorecardSeriesQuery query) {
        return scorecards(handler -> handler.handle(query));
    }

    /** Every figure there is to read: per township, per category and per township and category. */
    Map<String, Map<String, Long>> everything() {
        return everything(at());
    }

    Map<String, Map<String, Long>> everything(PointInTime at) {
        CityStatistics city = city(at);
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        for (String township : TOWNSHIPS) {
            all.put(township, city.byTownship().get(township));
            city.byTownshipAndCategory().get(township).forEach((category, figures) ->
                    all.put(township + "|" + category, figures));
        }
        city.byCategory().forEach((category, figures) -> all.put(category.name(), figures));
        return all;
    }

    private PointInTime at() {
        return new PointInTime(today, null);
    }

    private <T> T query(Function<FiguresQueryHandler, T> ask) {
        ReadSide readSide = readSide(database);
        try {
            return ask.apply(new FiguresQueryHandler(readSide, townships(), clock()));
        } finally {
            readSide.close();
        }
    }

    private <T> T scorecards(Function<ScorecardQueryHandler, T> ask) {
        ReadSide readSide = readSide(database);
        try {
            return ask.apply(new ScorecardQueryHandler(readSide, townships(), clock()));
        } finally {
            readSide.close();
        }
    }

    /** A read side of its own over this database, as another instance would run one; close it after use. */
    ReadSide instance() {
        return readSide(database);
    }

    /** A read side over the view, watched once: on an empty database that counts every source over no events. */
    private ReadSide readSide(MongoDatabase view) {
        List<FigureSource> sources = new ArrayList<>(List.of(new LiaisonRegistryFigures(),
                new LiaisonPeopleFigures(new ContactOverdue(overdueAfter))));
        if (everySource) {
            sources.addAll(List.of(new OutreachActivityFigures(), new OrganisationsVisitedFigures(),
                    new ParticipantsFigures(), new OverdueProblemsFigures(), new SuggestionFunnelFigures(),
                    new ChannelFigures(), new BenefitFigures(), new TwoWayServiceFigures(),
                    new AgreementPeopleFigures(), new VillageCoverageFigures()));
        }
        ContextTopics noTopics = new ContextTopics(List.of(), () -> new MockConsumer<>(OffsetResetStrategy.EARLIEST),
                null, () -> { });
        ReadSide readSide = new ReadSide(sources, new Infrastructure(view, noTopics, new InMemoryTokenStore(),
                NoTransactionManager.INSTANCE, (source, running) -> { }, clock()), new Settings("test", PARTITIONS));
        readSide.watch();
        if (!readSide.catchingUp().isEmpty()) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> {
                readSide.watch();
                return readSide.catchingUp().isEmpty();
            });
        }
        return readSide;
    }

    private Clock clock() {
        return Clock.fixed(today.atStartOfDay(HAIAN).plusHours(12).toInstant(), HAIAN);
    }

    private static Townships townships() {
        Townships townships = new Townships();
        TOWNSHIPS.forEach(code -> townships.getTownships().put(code, "镇 " + code));
        return townships;
    }

    /** Every figure of the "3", each 0 unless it is among these. */
    static Map<String, Long> complete(Map<String, Long> counted) {
        Map<String, Long> figures = new LinkedHashMap<>();
        List.of(new LiaisonRegistryFigures(), new LiaisonPeopleFigures(new ContactOverdue(Period.ofDays(90))))
                .forEach(source -> source.figures().forEach(figure ->
                        figures.put(figure.name(), counted.getOrDefault(figure.name(), 0L))));
        return figures;
    }

    /** Every published event starts with its aggregate's id. */
    private static String aggregateOf(Object event) {
        try {
            return String.valueOf(event.getClass().getRecordComponents()[0].getAccessor().invoke(event));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Not a published event record: " + event, e);
        }
    }
}
