package org.haian.strata.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import static org.haian.strata.benchmarks.Options.option;
import static org.haian.strata.benchmarks.SuiteHttp.send;
import static org.haian.strata.benchmarks.SuiteHttp.token;

/**
 * Load on the running suite ({@code ./run.sh}), through the gateway and directly at the services in the same run,
 * the two paths taken turn about so that both see the same machine. Each request is one of a mix: a person read by
 * id (liaison), a township's figures (analytics), a person registered (liaison's command). Closed loop: so many
 * workers, each sending its next request when the last is answered, finds the peak. Open loop: requests at a fixed
 * rate whatever the answers, latency taken from when each was due (so a stall counts against every request it held
 * up). Reports requests a second, p50/p99/p99.9 and the gateway-to-direct ratios, and, after a mix with commands,
 * how long liaison's directory took to show a person registered right after the load.
 *
 * <p>The gateway limits each user to 50 requests a second; for a peak, start the suite with the limit raised:
 * {@code HAIAN_GATEWAY_RATELIMIT_REQUESTS=1000000 ./run.sh}. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.haian.strata.benchmarks.LoadDriver [--gateway=http://localhost:8080] [--liaison=http://localhost:8081]
 * [--analytics=http://localhost:8084] [--mix=reads|commands|mixed] [--workers=16] [--seconds=20] [--rounds=2]
 * [--rate=0]} ({@code --rate} a second: open loop at that rate; 0: closed loop).
 */
public final class LoadDriver {

    private static final Pattern PERSON_ID = Pattern.compile("\"personId\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> TOWNSHIPS = List.of("libao", "qutang", "chengdong", "yazhou", "dagong");

    private final String token;
    private final String liaison;
    private final String analytics;
    private final List<String> people;
    private final String mix;

    private LoadDriver(String token, String liaison, String analytics, List<String> people, String mix) {
        this.token = token;
        this.liaison = liaison;
        this.analytics = analytics;
        this.people = people;
        this.mix = mix;
    }

    public static void main(String[] args) throws Exception {
        String gateway = option(args, "gateway", "http://localhost:8080");
        String liaison = option(args, "liaison", "http://localhost:8081");
        String analytics = option(args, "analytics", "http://localhost:8084");
        String mix = option(args, "mix", "reads");
        int workers = Integer.parseInt(option(args, "workers", "16"));
        int seconds = Integer.parseInt(option(args, "seconds", "20"));
        int rounds = Integer.parseInt(option(args, "rounds", "2"));
        double rate = Double.parseDouble(option(args, "rate", "0"));
        String token = token(gateway, "city-admin");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(register(gateway, token));
        }
        System.out.printf("%s, %s: %d workers or %.0f a second, %d s a round, %d rounds; %d people to read%n",
                mix, rate > 0 ? "open loop" : "closed loop", workers, rate, seconds, rounds, people.size());
        System.out.println("| round | path | requests/s | p50 ms | p99 ms | p99.9 ms | errors |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|");
        double[] throughput = new double[2];
        double[] p99 = new double[2];
        for (int round = 1; round <= rounds; round++) {
            for (int path = 0; path < 2; path++) {
                boolean viaGateway = path == 1;
                LoadDriver driver = new LoadDriver(token, viaGateway ? gateway : liaison,
                        viaGateway ? gateway : analytics, people, mix);
                Result result = rate > 0 ? driver.openLoop(rate, seconds) : driver.closedLoop(workers, seconds);
                throughput[path] += result.perSecond() / rounds;
                p99[path] += result.millis(99) / rounds;
                System.out.printf("| %d | %s | %.0f | %.1f | %.1f | %.1f | %d |%n", round,
                        viaGateway ? "gateway" : "direct", result.perSecond(), result.millis(50), result.millis(99),
                        result.millis(99.9), result.errors());
            }
        }
        System.out.printf("gateway / direct: throughput %.2f, p99 %.2f (means over the rounds)%n",
                throughput[1] / throughput[0], p99[1] / p99[0]);
        if (!"reads".equals(mix)) {
            System.out.printf("liaison's directory showed a person registered right after the load %.1f s after "
                    + "the 201%n", directoryLag(gateway, liaison, token) / 1e9);
        }
    }

    /**
     * How far liaison's own read side is behind the commands it accepted: the nanoseconds from a registration's
     * {@code 201} until a read of that person by id answers {@code 200}, polled every 100 ms.
     */
    private static long directoryLag(String gateway, String liaison, String token) throws InterruptedException {
        String personId = register(gateway, token);
        long accepted = System.nanoTime();
        while (send(authorised(liaison + "/api/liaison/people/" + personId, token).GET()).statusCode() != 200) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return System.nanoTime() - accepted;
    }

    private Result closedLoop(int workers, int seconds) throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    if (!oneRequest()) {
                        errors.incrementAndGet();
                    }
                    latencies.recordValue(System.nanoTime() - sent);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return new Result(latencies, errors.get(), (System.nanoTime() - started) / 1e9);
    }

    private Result openLoop(double rate, int seconds) throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicLong errors = new AtomicLong();
        long interval = (long) (1e9 / rate);
        long requests = (long) (rate * seconds);
        // Enough threads that a slow answer does not hold the next request back; they wait on their due time.
        ExecutorService pool = Executors.newFixedThreadPool(256);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        for (long i = 0; i < requests; i++) {
            long due = start + i * interval;
            pool.execute(() -> {
                sleepUntil(due);
                if (!oneRequest()) {
                    errors.incrementAndGet();
                }
                latencies.recordValue(Math.max(0, System.nanoTime() - due));
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return new Result(latencies, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    /** One request of the mix; {@code false} if it was not answered with success. */
    private boolean oneRequest() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int pick = random.nextInt(10);
        HttpResponse<String> response;
        if ("commands".equals(mix) || ("mixed".equals(mix) && pick == 0)) {
            response = send(registration(liaison, token));
        } else if ("mixed".equals(mix) && pick < 3) {
            response = send(authorised(analytics + "/api/analytics/townships/"
                    + TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size())), token).GET());
        } else {
            response = send(authorised(liaison + "/api/liaison/people/"
                    + people.get(random.nextInt(people.size())), token).GET());
        }
        return response.statusCode() / 100 == 2;
    }

    private static HttpRequest.Builder authorised(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private static HttpRequest.Builder registration(String base, String token) {
        return authorised(base + "/api/liaison/people", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Load %s","category":"NEW_MEDIA","township":"%s","organisation":"Load Media","role":"Editor"}"""
                        .formatted(UUID.randomUUID(), TOWNSHIPS.get(ThreadLocalRandom.current()
                                .nextInt(TOWNSHIPS.size())))));
    }

    private static String register(String gateway, String token) {
        HttpResponse<String> created = send(registration(gateway, token));
        Matcher id = PERSON_ID.matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Registering a person answered " + created.statusCode() + ": "
                    + created.body());
        }
        return id.group(1);
    }

    private static void sleepUntil(long nanos) {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Result(Histogram latencies, long errors, double seconds) {

        double perSecond() {
            return latencies.getTotalCount() / seconds;
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1e6;
        }
    }
}
