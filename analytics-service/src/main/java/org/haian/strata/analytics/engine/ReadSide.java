package org.haian.strata.analytics.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.haian.strata.analytics.api.CatchingUp;
import org.haian.strata.analytics.api.FigureSeries;
import org.haian.strata.analytics.api.RebuildStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of the read side: every {@link FigureSource}'s batches go through {@link #flush} into its live
 * generation, every figures answer is summed from one in-memory copy of the cells ({@link #valuesAsOf},
 * {@link #series}), and {@link #watch} (every half second) keeps this instance in step with the others: which
 * generation is live, which processors may run, what the peers wrote, whether a source must be counted again.
 */
public final class ReadSide {

    private static final Logger log = LoggerFactory.getLogger(ReadSide.class);
    private static final String STARTED_BY_ITSELF = "analytics-service";
    /** A counting of sources that failed (Kafka away at start-up, say) is tried again after this long. */
    private static final Duration BACKFILL_AGAIN_AFTER = Duration.ofSeconds(30);
    private static final Duration CLOSING_AT_MOST = Duration.ofSeconds(10);
    /**
     * Cells a reply of the database carries when a generation is read whole. The MongoDB-wire server answers a find
     * without a batch size with every document in one reply, and the driver refuses a reply over 48 MB: a city's
     * five-year history of a million events has more cells than that.
     */
    private static final int CELLS_PER_REPLY = 1_000;

    private final Map<String, FigureSource> sources = new LinkedHashMap<>();
    private final Infrastructure infrastructure;
    private final Settings settings;
    private final Registry registry;
    private final RebuildRecords rebuildRecords;
    private final ChangeFeed changes;
    private final CellBook book = new CellBook();
    private final Map<Generation, KeyCache<?>> keyCaches = new ConcurrentHashMap<>();
    private final ExecutorService rebuilding = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "analytics-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Registry.Snapshot live = new Registry.Snapshot(Map.of(), null);
    private volatile Optional<RebuildStatus> runningRebuild = Optional.empty();
    private boolean watching;
    private Instant nextBackfill = Instant.MIN;

    public ReadSide(List<FigureSource> sources, Infrastructure infrastructure, Settings settings) {
        sources.forEach(source -> {
            if (this.sources.put(source.name(), source) != null) {
                throw new IllegalArgumentException("Two figure sources are called " + source.name());
            }
        });
        this.infrastructure = infrastructure;
        this.settings = settings;
        this.registry = new Registry(infrastructure.database());
        this.rebuildRecords = new RebuildRecords(infrastructure.database(), settings.instance(),
                infrastructure.clock());
        this.changes = new ChangeFeed(infrastructure.database(), settings.instance(), infrastructure.clock());
    }

    public Collection<FigureSource> sources() {
        return sources.values();
    }

    /**
     * Refuses, by throwing, an event the source cannot count, before it joins a batch: the processor's dead-letter
     * queue takes it (with the later events of its partition) instead of the whole batch failing on it.
     */
    public void admit(String name, RecordedEvent event) {
        Guarded.admit(source(name), event);
    }

    /**
     * Writes one batch of a source's events into its live generation, and takes what it wrote into this instance's
     * copy. Called once per batch, in the batch's unit of work before its token is stored.
     */
    public void flush(String name, List<RecordedEvent> events) {
        FigureSource source = source(name);
        // The processors run only after a watch has taken in the registry that made their generation live, so that
        // snapshot names where to write; the registry is read only when it does not know the source's version.
        Registry.Live current = live.live(name);
        if (current == null || current.version() != source.version()) {
            current = registry.read().live(name);
        }
        if (current == null || current.version() != source.version()) {
            throw new IllegalStateException("Figure source " + name + " version " + source.version()
                    + " is not live (" + current + "); its processor must not run");
        }
        Generation generation = new Generation(name, current.generation());
        MongoCollection<Document> cells = infrastructure.database().getCollection(generation.cells());
        Set<String> written = write(source, generation, cells, events);
        if (written.isEmpty()) {
            return;
        }
        if (book.generation(name) == generation.number()) {
            book.refresh(generation, cells.find(Filters.in(CellMonth.ID, written)).batchSize(CELLS_PER_REPLY));
        } else {
            readWhole(generation);
        }
        changes.record(generation, written);
    }

    private Set<String> write(FigureSource source, Generation generation, MongoCollection<Document> cells,
                              List<RecordedEvent> events) {
        if (source instanceof KeyedCounting<?> keyed) {
            return writeKeyed(keyed, generation, cells, events);
        }
        return EventCountingWriter.write((EventCounting) source, cells,
                infrastructure.database().getCollection(generation.seen()), events);
    }

    @SuppressWarnings("unchecked")
    private <S> Set<String> writeKeyed(KeyedCounting<S> source, Generation generation,
                                       MongoCollection<Document> cells, List<RecordedEvent> events) {
        keyCaches.keySet().removeIf(cached -> cached.source().equals(generation.source()) && !cached.equals(generation));
        KeyCache<S> cache = (KeyCache<S>) keyCaches.computeIfAbsent(generation, g -> new KeyCache<>());
        // A keyed source has one processor thread, but a dead letter retried by an administrator writes from the
        // request's thread: one writer at a time reads and writes a key's state.
        synchronized (cache) {
            return KeyedCountingWriter.write(source, cells,
                    new KeyStore<>(source, infrastructure.database().getCollection(generation.keys())), cache, events);
        }
    }

    /**
     * Brings this instance in step: loads a generation that went live, runs the processors of the live sources
     * unless a rebuild pauses them, takes in what the peers wrote, and starts counting a source again when no
     * generation of its version is live (a new source, or a new version) and no rebuild runs.
     */
    public synchronized void watch() {
        if (!watching) {
            changes.startFromNow();
            watching = true;
        }
        Registry.Snapshot registered = registry.read();
        live = registered;
        Instant now = infrastructure.clock().instant();
        List<FigureSource> behind = new ArrayList<>();
        for (FigureSource source : sources.values()) {
            Registry.Live current = registered.live(source.name());
            boolean isLive = current != null && current.version() == source.version();
            if (isLive && book.generation(source.name()) != current.generation()) {
                Generation generation = new Generation(source.name(), current.generation());
                readWhole(generation);
                log.info("Figures of {} read from generation {}", source.name(), current.generation());
            } else if (!isLive) {
                book.forget(source.name());
            }
            if (current == null || current.version() < source.version()) {
                behind.add(source);
            }
            infrastructure.processors().run(source.name(), isLive && !registered.paused(source.name(), now));
        }
        runningRebuild = rebuildRecords.running().flatMap(rebuildRecords::find);
        if (!behind.isEmpty() && runningRebuild.isEmpty() && !now.isBefore(nextBackfill)) {
            nextBackfill = now.plus(BACKFILL_AGAIN_AFTER);
            startRebuild("backfill-" + UUID.randomUUID(), STARTED_BY_ITSELF, behind);
        }
        takeInWhatPeersWrote();
    }

    private void readWhole(Generation generation) {
        book.load(generation, infrastructure.database().getCollection(generation.cells()).find()
                .batchSize(CELLS_PER_REPLY));
    }

    private void takeInWhatPeersWrote() {
        Map<Generation, Set<String>> written = changes.sinceLastTime();
        if (written == null) {
            log.warn("A notice of what was written went missing (its writer stopped between taking a number and "
                    + "writing it, or this instance fell a ring behind); reading every live generation again");
            for (FigureSource source : sources.values()) {
                long generation = book.generation(source.name());
                if (generation > 0) {
                    Generation reread = new Generation(source.name(), generation);
                    readWhole(reread);
                }
            }
            return;
        }
        written.forEach((generation, ids) -> book.refresh(generation, infrastructure.database()
                .getCollection(generation.cells()).find(Filters.in(CellMonth.ID, ids))));
    }

    /**
     * Starts a rebuild of every source, unless one runs already.
     *
     * @return whether it started
     */
    public boolean startRebuild(String id, String startedBy) {
        return startRebuild(id, startedBy, List.copyOf(sources.values()));
    }

    private synchronized boolean startRebuild(String id, String startedBy, List<FigureSource> which) {
        if (!rebuildRecords.lock(id)) {
            return false;
        }
        rebuildRecords.save(new RebuildStatus(id, RebuildStatus.State.COUNTING,
                which.stream().map(FigureSource::name).toList(), startedBy, infrastructure.clock().instant(), null,
                0, 0, 0, null, List.of(), null));
        rebuilding.submit(new RebuildJob(id, startedBy, which, this));
        return true;
    }

    public Optional<RebuildStatus> rebuild(String id) {
        return rebuildRecords.find(id);
    }

    /** The values of every live figure in every cell, as of the end of a day, as known at the end of another. */
    public FigureValues valuesAsOf(LocalDate asOf, LocalDate knownAt) {
        long until = asOf.toEpochDay();
        long known = knownAt == null ? Long.MAX_VALUE : knownAt.toEpochDay();
        YearMonth lastMonth = YearMonth.from(asOf);
        List<FigureSource> readable = readableSources();
        FigureValues.Builder values = FigureValues.builder(figuresOf(readable));
        for (FigureSource source : readable) {
            for (CellMonth month : book.months(source.name())) {
                if (!month.month().isAfter(lastMonth)) {
                    for (Figure figure : source.figures()) {
                        values.add(month.cell(), figure.name(), month.sum(figure.name(), Long.MIN_VALUE, until, known));
                    }
                }
            }
        }
        return values.build();
    }

    /** A value per month of every live figure, summed over the cells that pass; see {@link FigureSeries}. */
    public List<FigureSeries.Month> series(LocalDate from, LocalDate to, LocalDate knownAt, Predicate<Cell> which) {
        long known = knownAt == null ? Long.MAX_VALUE : knownAt.toEpochDay();
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        List<FigureSource> readable = readableSources();
        List<Figure> figures = figuresOf(readable);
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            byMonth.put(month, new long[figures.size()]);
        }
        long[] before = new long[figures.size()];
        int offset = 0;
        for (FigureSource source : readable) {
            for (CellMonth sheet : book.months(source.name())) {
                if (!which.test(sheet.cell()) || sheet.month().isAfter(last)) {
                    continue;
                }
                for (int i = 0; i < source.figures().size(); i++) {
                    Figure figure = source.figures().get(i);
                    int at = offset + i;
                    if (sheet.month().isBefore(first)) {
                        if (figure.kind() == Figure.Kind.STOCK) {
                            before[at] += sheet.sum(figure.name(), Long.MIN_VALUE, Long.MAX_VALUE, known);
                        }
                        continue;
                    }
                    long start = (sheet.month().equals(first) ? from : sheet.month().atDay(1)).toEpochDay();
                    long end = (sheet.month().equals(last) ? to : sheet.month().atEndOfMonth()).toEpochDay();
                    long within = sheet.sum(figure.name(), figure.kind() == Figure.Kind.STOCK ? Long.MIN_VALUE : start,
                            end, known);
                    byMonth.get(sheet.month())[at] += within;
                }
            }
            offset += source.figures().size();
        }
        List<FigureSeries.Month> series = new ArrayList<>();
        long[] running = before.clone();
        for (Map.Entry<YearMonth, long[]> month : byMonth.entrySet()) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (int i = 0; i < figures.size(); i++) {
                if (figures.get(i).kind() == Figure.Kind.STOCK) {
                    running[i] += month.getValue()[i];
                    values.put(figures.get(i).name(), running[i]);
                } else {
                    values.put(figures.get(i).name(), month.getValue()[i]);
                }
            }
            series.add(new FigureSeries.Month(month.getKey(), values));
        }
        return series;
    }

    /** The sources whose figures are not shown yet, with how far their counting has come. */
    public List<CatchingUp> catchingUp() {
        List<CatchingUp> behind = new ArrayList<>();
        for (FigureSource source : sources.values()) {
            if (!isReadable(source)) {
                Optional<RebuildStatus> counting = runningRebuild.filter(r -> r.sources().contains(source.name()));
                behind.add(new CatchingUp(source.name(), source.figures().stream().map(Figure::name).toList(),
                        counting.map(RebuildStatus::id).orElse(null),
                        counting.map(RebuildStatus::eventsDone).orElse(0L),
                        counting.map(RebuildStatus::eventsLeft).orElse(0L),
                        counting.map(RebuildStatus::secondsLeft).orElse(null)));
            }
        }
        return behind;
    }

    private boolean isReadable(FigureSource source) {
        Registry.Live current = live.live(source.name());
        return current != null && current.version() == source.version()
                && book.generation(source.name()) == current.generation();
    }

    private List<FigureSource> readableSources() {
        return sources.values().stream().filter(this::isReadable).toList();
    }

    private static List<Figure> figuresOf(List<FigureSource> readable) {
        return readable.stream().flatMap(source -> source.figures().stream()).toList();
    }

    private FigureSource source(String name) {
        FigureSource source = sources.get(name);
        if (source == null) {
            throw new IllegalArgumentException("No figure source is called " + name);
        }
        return source;
    }

    /**
     * Stops a rebuild that runs in this instance and waits while it gives the pause and the lock back on its way
     * out, so that another instance (or this one, started again) can rebuild at once.
     */
    public void close() {
        rebuilding.shutdownNow();
        try {
            if (!rebuilding.awaitTermination(CLOSING_AT_MOST.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("A rebuild did not stop within {}; its lock runs out by itself", CLOSING_AT_MOST);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int segmentsOf(FigureSource source) {
        return source instanceof KeyedCounting<?> ? 1 : settings.segments();
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    Registry registry() {
        return registry;
    }

    RebuildRecords rebuildRecords() {
        return rebuildRecords;
    }
}
