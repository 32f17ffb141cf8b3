package org.haian.strata.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.haian.strata.benchmarks.Options.option;
import static org.haian.strata.benchmarks.SuiteHttp.send;
import static org.haian.strata.benchmarks.SuiteHttp.token;
/**
 * How soon a registration shows in analytics, on the running suite ({@code ./run.sh}): registrations are sent
 * through the gateway as the seeded users would send them, first as fast as the write side takes them (its peak),
 * then at half that rate for a while; every half second meanwhile, a probe registration goes to a cell the load
 * never touches (Hai'an's hi-tech zone, freelancers), and the time from its {@code 201} until analytics counts it
 * is taken, polling analytics-service directly every 5 ms (the gateway's per-user rate limit would slow the polls).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.haian.strata.benchmarks.RegistrationLatency
 * [--gateway=http://localhost:8080] [--analytics=http://localhost:8084] [--peak-registrations=2500]
 * [--seconds=120]}.
 */
public final class RegistrationLatency {

    private static final Pattern PEOPLE = Pattern.compile("\"FREELANCER\"\\s*:\\s*\\{[^}]*\"people\"\\s*:\\s*(\\d+)");
    private static final String PROBE_TOWNSHIP = "hi-tech-zone";
    /** Who registers the load, and where each may register (a township officer: their own township). */
    private static final Map<String, List<String>> REGISTRANTS = Map.of(
            "city-admin", List.of("haian-subdistrict", "chengdong", "dagong", "nanmo", "duntou"),
            "officer-libao", List.of("libao"),
            "officer-qutang", List.of("qutang"));
    private static final List<String> LOAD_CATEGORIES = List.of("ENTERPRISE_STAFF", "NEW_MEDIA", "INTERMEDIARY");

    private RegistrationLatency() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = option(args, "gateway", "http://localhost:8080");
        String analytics = option(args, "analytics", "http://localhost:8084");
        int peakRegistrations = Integer.parseInt(option(args, "peak-registrations", "2500"));
        int seconds = Integer.parseInt(option(args, "seconds", "120"));
        Map<String, String> tokens = new HashMap<>();
        for (String user : List.of("city-admin", "officer-libao", "officer-qutang", "analyst")) {
            tokens.put(user, token(gateway, user));
        }
        log("unloaded: probes for %d s", 20);
        report("unloaded", probes(gateway, analytics, tokens, 20, 0));
        double peak = peak(gateway, tokens, peakRegistrations);
        double half = peak / 2;
        log("peak: %.0f registrations a second accepted; now %.1f a second for %d s, with probes", peak, half,
                seconds);
        report("at half the peak (%.0f a second)".formatted(half), probes(gateway, analytics, tokens, seconds, half));
        System.exit(0);
    }

    /** As many registrations as the users may send at once; the rate at which they were accepted. */
    private static double peak(String gateway, Map<String, String> tokens, int registrations) {
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        long started = System.nanoTime();
        List<Thread> senders = new ArrayList<>();
        for (String user : REGISTRANTS.keySet()) {
            for (int i = 0; i < 4; i++) {
                Thread sender = new Thread(() -> {
                    while (sent.incrementAndGet() <= registrations) {
                        if (register(gateway, tokens.get(user), user, LOAD_CATEGORIES) == 201) {
                            accepted.incrementAndGet();
                        }
                    }
                });
                sender.start();
                senders.add(sender);
            }
        }
        senders.forEach(RegistrationLatency::join);
        return accepted.get() / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * Probes every half second for a while, under a load of this many registrations a second (spread over the
     * registrants, each under the gateway's limit of 50 a second).
     *
     * @return the probes' latencies in milliseconds
     */
    private static List<Double> probes(String gateway, String analytics, Map<String, String> tokens, int seconds,
                                       double rate) throws InterruptedException {
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        Thread load = new Thread(() -> {
            if (rate <= 0) {
                return;
            }
            long every = (long) (1e9 / rate);
            long next = System.nanoTime();
            List<String> users = List.copyOf(REGISTRANTS.keySet());
            int i = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                String user = users.get(i++ % users.size());
                inFlight.add(CompletableFuture.runAsync(() -> register(gateway, tokens.get(user), user,
                        LOAD_CATEGORIES)));
                next += every;
                sleepUntil(next);
            }
        });
        load.start();
        List<Double> latencies = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            long before = freelancersInTheProbeTownship(analytics, tokens.get("analyst"));
            if (register(gateway, tokens.get("city-admin"), PROBE_TOWNSHIP, List.of("FREELANCER")) != 201) {
                continue;
            }
            long registered = System.nanoTime();
            while (freelancersInTheProbeTownship(analytics, tokens.get("analyst")) <= before) {
                sleepUntil(System.nanoTime() + 5_000_000L);
            }
            latencies.add((System.nanoTime() - registered) / 1e6);
            next += 500_000_000L;
            sleepUntil(next);
        }
        load.join();
        inFlight.forEach(CompletableFuture::join);
        return latencies;
    }

    /** @param where a registrant's name (then one of its townships), or the probe township */
    private static int register(String gateway, String token, String where, List<String> categories) {
        List<String> townships = REGISTRANTS.getOrDefault(where, List.of(where));
        String township = townships.get((int) (Math.random() * townships.size()));
        String category = categories.get((int) (Math.random() * categories.size()));
        String body = "{\"name\":\"Latency %s\",\"category\":\"%s\",\"township\":\"%s\"}".formatted(UUID.randomUUID(),
                category, township);
        return send(HttpRequest.newBuilder(URI.create(gateway + "/api/liaison/people"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
    }

    private static long freelancersInTheProbeTownship(String analytics, String token) {
        String body = send(HttpRequest.newBuilder(URI.create(analytics + "/api/analytics/townships/" + PROBE_TOWNSHIP))
                .header("Authorization", "Bearer " + token).GET()).body();
        Matcher people = PEOPLE.matcher(body);
        return people.find() ? Long.parseLong(people.group(1)) : -1;
    }



    private static void report(String what, List<Double> latencies) {
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        log("%s: %d probes, latency p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms", what, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void sleepUntil(long nanos) {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String format, Object... values) {
        System.out.printf("%tT  %s%n", System.currentTimeMillis(), format.formatted(values));
    }
}
