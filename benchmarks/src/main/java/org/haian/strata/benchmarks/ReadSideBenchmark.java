package org.haian.strata.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.DomainEventMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.haian.strata.analytics.AnalyticsApplication;
import org.haian.strata.analytics.api.RebuildStatus;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.analytics.history.GeneratedHistory;
import org.haian.strata.analytics.history.HistoryProducer;
import org.haian.strata.analytics.history.Processed;
import org.haian.strata.contract.Topics;
import org.haian.strata.infra.EmbeddedInfrastructure;
import org.haian.strata.platform.messaging.KafkaTopics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The read side's throughput on the real embedded Kafka broker and MongoDB-wire server, with generated events: for
 * each size of history (10k, 100k and 1M events over five years of a city by default), on a broker and server of
 * its own,
 * <ol>
 *   <li>the history is published to the liaison topic the way liaison publishes it (Axon's converter, Jackson);</li>
 *   <li>analytics-service starts in this JVM and, finding no read models, counts the whole history (a rebuild:
 *       the startup backfill, with a cold JIT);</li>
 *   <li><b>live</b>: a burst of a day's events (registrations, contacts, liaisons, moves, ...) is published at once,
 *       and the live processors' rate is the burst over the time until every processor has handled it;</li>
 *   <li><b>rebuild</b>: a rebuild is started as {@code POST /api/analytics/rebuilds} starts it, and its rate is what
 *       it reports: events counted over its running time, the switch included.</li>
 * </ol>
 * After the last size, the live side is fed 1,000 events a second for a minute, and the lag it leaves is reported.
 *
 * <p>Run: {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar org.haian.strata.benchmarks.ReadSideBenchmark
 * [--sizes=10000,100000,1000000] [--burst=30000] [--sustained-seconds=60] [--haian.analytics.*=...]}.
 */
public final class ReadSideBenchmark {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final LocalDate HISTORY_FROM = LocalDate.of(2021, 1, 1);
    private static final int HISTORY_DAYS = 5 * 365;
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final String TOWNSHIP_PREFIX = "haian.townships.";
    /** Hai'an's townships as the platform's defaults name them, for a history published before analytics starts. */
    private static final List<String> TOWNSHIPS = townships();

    private ReadSideBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        long[] sizes = option(args, "sizes", "10000,100000,1000000");
        int burst = (int) option(args, "burst", "30000")[0];
        int sustainedSeconds = (int) option(args, "sustained-seconds", "60")[0];
        List<String> results = new ArrayList<>();
        results.add("| stored events | live events/s | live µs/event | rebuild events/s | rebuild µs/event |");
        results.add("|---:|---:|---:|---:|---:|");
        List<String> settings = Arrays.stream(args).filter(arg -> arg.startsWith("--haian.")).toList();
        for (int i = 0; i < sizes.length; i++) {
            results.add(stage(sizes[i], burst, i == sizes.length - 1 ? sustainedSeconds : 0, settings));
        }
        System.out.println();
        results.forEach(System.out::println);
        System.exit(0);
    }

    private static String stage(long size, int burst, int sustainedSeconds, List<String> settings)
            throws IOException {
        Path dir = Files.createTempDirectory("read-side-benchmark-");
        try (EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(dir,
                EmbeddedInfrastructure.Ports.free()).start()) {
            String kafka = infrastructure.kafka().bootstrapServers();
            new KafkaTopics(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), 3, (short) 1)
                    .ensureExist(Topics.ALL);
            KafkaMessageConverter<String, byte[]> converter = DefaultKafkaMessageConverter.builder()
                    .serializer(JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules())
                            .build()).build();
            log("%,d events: publishing a history of five years", size);
            long published = System.nanoTime();
            HistoryProducer.publish(new GeneratedHistory(size, size, HISTORY_FROM, HISTORY_DAYS, TOWNSHIPS),
                    converter, kafka);
            log("%,d events: published in %.1f s; starting analytics, which counts them first", size,
                    seconds(published));
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--KAFKA_BOOTSTRAP_SERVERS=" + kafka,
                    "--MONGODB_URI=" + infrastructure.mongo().connectionString(), "--HAIAN_DATA_DIR=" + dir,
                    "--HAIAN_JWT_ISSUER_URI=" + infrastructure.issuer().issuer(), "--logging.level.root=WARN",
                    "--logging.level.org.haian.strata.analytics.engine=INFO"));
            arguments.addAll(settings);
            long starting = System.nanoTime();
            ConfigurableApplicationContext analytics = new SpringApplicationBuilder(AnalyticsApplication.class)
                    .run(arguments.toArray(String[]::new));
            try {
                ReadSide readSide = analytics.getBean(ReadSide.class);
                await(() -> readSide.catchingUp().isEmpty());
                log("%,d events: counted in %.1f s from the start of analytics", size, seconds(starting));

                Iterator<DomainEventMessage<?>> today = new GeneratedHistory(size + 1, burst,
                        LocalDate.now(HAIAN), 1, TOWNSHIPS);
                long burstStarted = System.nanoTime();
                Map<TopicPartition, Long> end = HistoryProducer.publish(today, converter, kafka);
                await(() -> Processed.upTo(end, List.of(analytics)));
                double live = burst / seconds(burstStarted);
                log("%,d events: a burst of %,d counted live at %,.0f events/s", size, burst, live);

                String rebuild = UUID.randomUUID().toString();
                readSide.startRebuild(rebuild, "benchmark");
                await(() -> readSide.rebuild(rebuild).map(status -> status.state().isOver()).orElse(false));
                RebuildStatus done = readSide.rebuild(rebuild).orElseThrow();
                double rebuilt = done.eventsDone()
                        / (Duration.between(done.startedAt(), done.finishedAt()).toMillis() / 1000.0);
                log("%,d events: rebuild %s, %,d events at %,.0f events/s", size, done.state(), done.eventsDone(),
                        rebuilt);
                if (sustainedSeconds > 0) {
                    sustained(analytics, converter, kafka, sustainedSeconds);
                }
                return "| %,d | %,.0f | %,.0f | %,.0f | %,.0f |".formatted(size, live, 1e6 / live, rebuilt,
                        1e6 / rebuilt);
            } finally {
                analytics.close();
            }
        }
    }

    /** A thousand events a second for a while, in slices of a tenth of a second, and the lag left afterwards. */
    private static void sustained(ConfigurableApplicationContext analytics,
                                  KafkaMessageConverter<String, byte[]> converter, String kafka, int seconds) {
        GeneratedHistory today = new GeneratedHistory(7, 1_000L * seconds, LocalDate.now(HAIAN), 1, TOWNSHIPS);
        Map<TopicPartition, Long> last = new HashMap<>();
        long started = System.nanoTime();
        try (HistoryProducer producer = new HistoryProducer(converter, kafka)) {
            for (int slice = 0; slice < seconds * 10; slice++) {
                List<DomainEventMessage<?>> hundred = new ArrayList<>();
                while (hundred.size() < 100 && today.hasNext()) {
                    hundred.add(today.next());
                }
                producer.publish(hundred.iterator()).forEach((partition, offset) ->
                        last.merge(partition, offset, Math::max));
                long due = started + (slice + 1) * 100_000_000L;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
        }
        double fed = seconds(started);
        Map<TopicPartition, Long> end = last;
        long caughtUp = System.nanoTime();
        await(() -> Processed.upTo(end, List.of(analytics)));
        log("sustained: %,d events fed in %.1f s (%,.0f a second); the read side had caught up %.2f s after the last",
                1_000L * seconds, fed, 1_000.0 * seconds / fed, seconds(caughtUp));
    }

    private static List<String> townships() {
        try {
            List<String> codes = new ArrayList<>();
            for (PropertySource<?> defaults : new YamlPropertySourceLoader().load("platform",
                    new ClassPathResource("haian-platform.yml"))) {
                for (String name : ((EnumerablePropertySource<?>) defaults).getPropertyNames()) {
                    if (name.startsWith(TOWNSHIP_PREFIX)) {
                        codes.add(name.substring(TOWNSHIP_PREFIX.length()));
                    }
                }
            }
            return List.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not done within " + PATIENCE);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long[] option(String[] args, String name, String fallback) {
        String value = Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "=")).findFirst()
                .map(arg -> arg.substring(name.length() + 3)).orElse(fallback);
        return Arrays.stream(value.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static void log(String format, Object... values) {
        System.out.printf("%tT  %s%n", System.currentTimeMillis(), format.formatted(values));
    }
}
