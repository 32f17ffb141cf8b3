package org.haian.strata.analytics.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.haian.strata.analytics.api.RebuildStatus;
import org.haian.strata.analytics.api.RebuildStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild: counts every event of the context topics from their beginning, in memory, with the sources' own
 * rules, into the next generation of each source's collections, while the live generation keeps serving and its
 * processors keep writing it; then takes over.
 *
 * <p>Once it has caught up with the ends of the partitions, it writes what it counted into the new generation in
 * bulk and catches up again. Then it takes over: it asks the processors of its sources to pause ({@link Registry}),
 * claims every segment of their tokens (so no instance can process meanwhile), counts on up to the positions those
 * tokens hold, writes what changed since its first writes, and switches the registry to it. The processors go on
 * from their own positions into the new generation; events the rebuild counted beyond them are skipped there by the
 * documents' marks. A source no processor has run for yet gets its tokens at the rebuild's positions. The pause
 * lasts as long as the last stretch of counting and its writes.
 */
final class RebuildJob implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RebuildJob.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final Duration PAUSE_LEASE = Duration.ofSeconds(30);
    private static final Duration TAKE_OVER_AT_MOST = Duration.ofMinutes(2);
    /** Below this many events behind, the rebuild stops catching up and takes over. */
    private static final long CLOSE_ENOUGH = 2_000;
    private static final int CATCH_UP_ROUNDS = 5;
    private static final int WRITERS = 3;

    private final String id;
    private final String startedBy;
    private final List<FigureSource> sources;
    private final MongoDatabase database;
    private final ContextTopics topics;
    private final Registry registry;
    private final RebuildRecords records;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final Processors processors;
    private final ToIntFunction<FigureSource> segments;
    private final Runnable afterSwitch;
    private final Clock clock;
    private final ZoneId haian;

    private final Map<String, SourceFold> folds = new LinkedHashMap<>();
    private final Map<TopicPartition, Long> counted = new HashMap<>();
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private final Map<String, List<Integer>> claimed = new HashMap<>();
    private Instant startedAt;
    private Instant reported = Instant.EPOCH;
    private Instant logged = Instant.EPOCH;
    private long eventsDone;
    private State state = State.COUNTING;

    RebuildJob(String id, String startedBy, List<FigureSource> sources, ReadSide readSide) {
        this.id = id;
        this.startedBy = startedBy;
        this.sources = sources;
        this.database = readSide.infrastructure().database();
        this.topics = readSide.infrastructure().topics();
        this.tokens = readSide.infrastructure().tokens();
        this.transactions = readSide.infrastructure().transactions();
        this.processors = readSide.infrastructure().processors();
        this.clock = readSide.infrastructure().clock();
        this.haian = clock.getZone();
        this.registry = readSide.registry();
        this.records = readSide.rebuildRecords();
        this.segments = readSide::segmentsOf;
        this.afterSwitch = readSide::watch;
    }

    @Override
    public void run() {
        startedAt = clock.instant();
        sources.forEach(source -> folds.put(source.name(), SourceFold.of(source)));
        Map<String, Registry.Live> before = new HashMap<>(registry.read().sources());
        log.info("Rebuild {} of {} started by {}", id, folds.keySet(), startedBy);
        boolean stopped = false;
        try {
            topics.provision().run();
            try (Consumer<String, byte[]> consumer = topics.consumers().get()) {
                List<TopicPartition> partitions = partitionsOf(consumer);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                ends.putAll(consumer.endOffsets(partitions));
                report(true);
                catchUp(consumer, partitions);
                Map<String, Generation> next = nextGenerations(before);
                state = State.WRITING;
                report(true);
                Instant writing = clock.instant();
                writeAtOnce(next.entrySet().stream().flatMap(source -> folds.get(source.getKey())
                        .writes(database, source.getValue(), marks()).stream()).toList(), records::renew);
                log.info("Rebuild {} wrote what it counted in {} ms; the live side kept going", id,
                        Duration.between(writing, clock.instant()).toMillis());
                state = State.COUNTING;
                catchUp(consumer, partitions);
                takeOver(consumer, before, next);
            }
            state = State.DONE;
            report(true);
            log.info("Rebuild {} done: {} events in {} s, {} a second", id, eventsDone, seconds(), rate());
        } catch (RuntimeException | InterruptedException e) {
            // Giving back the pause and the lock talks to MongoDB, which the driver refuses an interrupted thread
            stopped = Thread.interrupted() || e instanceof InterruptedException;
            log.error("Rebuild {} failed; the live collections stay as they were", id, e);
            registry.resume();
            release();
            state = State.FAILED;
            records.save(status(clock.instant(), String.valueOf(e)));
        } finally {
            records.unlock();
            if (stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Counts up to the ends of the partitions, a few times over while the live side moves them on. */
    private void catchUp(Consumer<String, byte[]> consumer, List<TopicPartition> partitions)
            throws InterruptedException {
        for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
            ends.putAll(consumer.endOffsets(partitions));
            countUntil(consumer, ends);
            ends.putAll(consumer.endOffsets(partitions));
            if (lag() < CLOSE_ENOUGH) {
                return;
            }
        }
    }

    /** Each source's next generation, its collections dropped in case a failed rebuild left them. */
    private Map<String, Generation> nextGenerations(Map<String, Registry.Live> before) {
        Map<String, Generation> next = new LinkedHashMap<>();
        for (FigureSource source : sources) {
            Registry.Live was = before.get(source.name());
            Generation generation = new Generation(source.name(), was == null ? 1 : was.generation() + 1);
            drop(generation);
            next.put(source.name(), generation);
        }
        return next;
    }

    /** Per partition (by mark name), the offset of the last event counted. */
    private Map<String, Long> marks() {
        Map<String, Long> marks = new HashMap<>();
        counted.forEach((partition, last) -> marks.put(CellMonth.mark(partition.toString()), last));
        return marks;
    }

    private void takeOver(Consumer<String, byte[]> consumer, Map<String, Registry.Live> before,
                          Map<String, Generation> next) throws InterruptedException {
        state = State.SWITCHING;
        report(true);
        List<String> names = List.copyOf(folds.keySet());
        Instant pausing = clock.instant();
        Map<TopicPartition, Long> live = claimEverySegment(names);
        Map<TopicPartition, Long> targets = new HashMap<>();
        live.forEach((partition, last) -> targets.put(partition, last + 1));
        countUntil(consumer, targets);
        Map<String, Long> marks = marks();
        writeAtOnce(next.entrySet().stream().flatMap(source -> folds.get(source.getKey())
                .changes(database, source.getValue(), marks).stream()).toList(), () -> holdOn(names));
        sources.forEach(this::initialiseTokensIfNone);
        Map<String, Registry.Live> switched = new LinkedHashMap<>();
        sources.forEach(source -> switched.put(source.name(),
                new Registry.Live(source.version(), next.get(source.name()).number())));
        registry.switchTo(switched);
        release();
        log.info("Rebuild {} switched {} to {}; the processors were paused for {} ms", id, names, switched,
                Duration.between(pausing, clock.instant()).toMillis());
        afterSwitch.run();
        switched.forEach((source, now) -> {
            Registry.Live was = before.get(source);
            for (long old = 1; was != null && old <= was.generation(); old++) {
                drop(new Generation(source, old));
            }
        });
    }

    /**
     * The new generation's bulk writes, a few at once (a collection's writes take turns in the MongoDB-wire server,
     * different collections' need not), keeping the lock (and, while switching, the pause and the claims) alive.
     */
    private void writeAtOnce(List<Runnable> writes, Runnable keepAlive) throws InterruptedException {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, runnable -> {
            Thread thread = new Thread(runnable, "analytics-rebuild-write");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> written = writes.stream().<Future<?>>map(writers::submit).toList();
            for (Future<?> write : written) {
                while (true) {
                    try {
                        write.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException stillWriting) {
                        keepAlive.run();
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rebuild " + id + " could not write its collections", e.getCause());
        } finally {
            writers.shutdownNow();
        }
    }

    /** Claims every token segment of the sources' processors, which the pause makes them give up. */
    private Map<TopicPartition, Long> claimEverySegment(List<String> names) throws InterruptedException {
        Instant deadline = clock.instant().plus(TAKE_OVER_AT_MOST);
        Map<TopicPartition, Long> live = new HashMap<>();
        registry.pause(id, names, clock.instant().plus(PAUSE_LEASE));
        names.forEach(name -> processors.run(name, false));
        while (true) {
            boolean all = true;
            for (String name : names) {
                for (int segment : transactions.fetchInTransaction(() -> tokens.fetchSegments(name))) {
                    if (claimed.getOrDefault(name, List.of()).contains(segment)) {
                        continue;
                    }
                    try {
                        TrackingToken token = transactions.fetchInTransaction(() -> tokens.fetchToken(name, segment));
                        claimed.computeIfAbsent(name, n -> new ArrayList<>()).add(segment);
                        KafkaTrackingToken.from(token).getPositions().forEach((partition, last) ->
                                live.merge(partition, last, Math::max));
                    } catch (UnableToClaimTokenException stillHeld) {
                        all = false;
                    }
                }
            }
            if (all) {
                return live;
            }
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("The processors of " + names + " did not give up their segments "
                        + "within " + TAKE_OVER_AT_MOST);
            }
            holdOn(names);
            Thread.sleep(POLL.toMillis());
        }
    }

    private void holdOn(List<String> names) {
        registry.pause(id, names, clock.instant().plus(PAUSE_LEASE));
        records.renew();
        claimed.forEach((name, held) -> held.forEach(segment ->
                transactions.executeInTransaction(() -> tokens.extendClaim(name, segment))));
    }

    private void initialiseTokensIfNone(FigureSource source) {
        if (claimed.containsKey(source.name())) {
            return;
        }
        KafkaTrackingToken at = KafkaTrackingToken.newInstance(Map.copyOf(counted));
        transactions.executeInTransaction(() ->
                tokens.initializeTokenSegments(source.name(), segments.applyAsInt(source), at));
    }

    private void release() {
        claimed.forEach((name, held) -> held.forEach(segment -> {
            try {
                transactions.executeInTransaction(() -> tokens.releaseClaim(name, segment));
            } catch (RuntimeException e) {
                log.warn("Rebuild {} could not release segment {} of {}; its claim runs out by itself", id, segment,
                        name, e);
            }
        }));
        claimed.clear();
    }

    private void countUntil(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> targets)
            throws InterruptedException {
        while (!reached(consumer, targets)) {
            if (Thread.interrupted()) {
                throw new InterruptedException("Rebuild " + id + " was stopped");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                Optional<EventMessage<?>> message = topics.converter().readKafkaMessage(record);
                if (message.isPresent()) {
                    RecordedEvent event = RecordedEvent.of(message.get(), haian);
                    folds.values().forEach(fold -> fold.take(event));
                }
                counted.put(new TopicPartition(record.topic(), record.partition()), record.offset());
                eventsDone++;
            }
            consumer.assignment().forEach(partition -> positions.put(partition, consumer.position(partition)));
            if (state == State.SWITCHING) {
                holdOn(List.copyOf(folds.keySet()));
            }
            report(false);
        }
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> targets) {
        return targets.entrySet().stream().allMatch(target -> consumer.position(target.getKey()) >= target.getValue());
    }

    private List<TopicPartition> partitionsOf(Consumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.names()) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private void report(boolean now) {
        Instant at = clock.instant();
        if (!now && at.isBefore(reported.plus(REPORT_EVERY))) {
            return;
        }
        reported = at;
        records.renew();
        RebuildStatus status = status(state.isOver() ? at : null, null);
        records.save(status);
        if (now || at.isAfter(logged.plus(LOG_EVERY))) {
            logged = at;
            log.info("Rebuild {} {}: {} events, {} a second, {} behind {}{}", id, state, eventsDone,
                    status.eventsPerSecond(), status.eventsLeft(), status.partitions().stream()
                            .filter(lag -> lag.lag() > 0).map(lag -> lag.partition() + ": " + lag.lag()).toList(),
                    status.secondsLeft() == null ? "" : ", about " + status.secondsLeft() + " s left");
        }
    }

    private RebuildStatus status(Instant finishedAt, String error) {
        List<RebuildStatus.PartitionLag> partitions = ends.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .map(end -> {
                    long position = positions.getOrDefault(end.getKey(), 0L);
                    return new RebuildStatus.PartitionLag(end.getKey().toString(), position, end.getValue(),
                            Math.max(0, end.getValue() - position));
                }).toList();
        long rate = rate();
        long left = lag();
        return new RebuildStatus(id, state, List.copyOf(folds.keySet()), startedBy, startedAt, finishedAt,
                eventsDone, rate, left, rate > 0 ? (left + rate - 1) / rate : null, partitions, error);
    }

    private long lag() {
        return ends.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - positions.getOrDefault(end.getKey(), 0L))).sum();
    }

    private long rate() {
        double seconds = seconds();
        return seconds > 0 ? Math.round(eventsDone / seconds) : 0;
    }

    private double seconds() {
        return Duration.between(startedAt, clock.instant()).toMillis() / 1000.0;
    }

    private void drop(Generation generation) {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (String collection : List.of(generation.cells(), generation.keys(), generation.seen())) {
            if (existing.contains(collection)) {
                database.getCollection(collection).drop();
            }
        }
    }
}
