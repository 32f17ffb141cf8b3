package org.haian.strata.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.haian.strata.benchmarks.Options.option;
import static org.haian.strata.benchmarks.SuiteHttp.send;
import static org.haian.strata.benchmarks.SuiteHttp.token;
/**
 * How fast the city view answers where people wait, on a running suite with the demo city loaded
 * ({@code ./run.sh --demo}): the latency through the gateway of the city's figures, a township's, a category's, a
 * twelve-month series, and the "3+4+N" scorecard and its twelve-month series, each for as-of days drawn at random
 * over the five years of the demo city. The requests go one at a time (what one dashboard does), below the gateway's per-user rate limit, round robin
 * over the views so that none is measured on a warmer server than another; a warm-up round is not counted.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.haian.strata.benchmarks.CityViewLatency
 * [--gateway=http://localhost:8080] [--user=analyst] [--requests=300] [--warm-up=50]}.
 */
public final class CityViewLatency {

    private static final List<String> TOWNSHIPS = List.of("haian-subdistrict", "development-zone", "hi-tech-zone",
            "chengdong", "sunzhuang-subdistrict", "qutang", "libao", "yazhou", "jiaoxie", "dagong");
    private static final List<String> CATEGORIES = List.of("ENTERPRISE_STAFF", "NEW_MEDIA", "INTERMEDIARY",
            "FREELANCER");
    /** Below the gateway's 50 requests a second per user, so no answer is a 429. */
    private static final long GAP_NANOS = Duration.ofMillis(25).toNanos();

    private CityViewLatency() {
    }

    public static void main(String[] args) {
        String gateway = option(args, "gateway", "http://localhost:8080");
        String user = option(args, "user", "analyst");
        int requests = Integer.parseInt(option(args, "requests", "300"));
        int warmUp = Integer.parseInt(option(args, "warm-up", "50"));
        String token = token(gateway, user);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Random random = new Random(42);

        Map<String, Function<LocalDate, String>> views = new LinkedHashMap<>();
        views.put("GET /api/analytics/city", day -> "/api/analytics/city?asOf=" + day);
        views.put("GET /api/analytics/townships/{code}", day -> "/api/analytics/townships/"
                + TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size())) + "?asOf=" + day);
        views.put("GET /api/analytics/categories/{category}", day -> "/api/analytics/categories/"
                + CATEGORIES.get(random.nextInt(CATEGORIES.size())) + "?asOf=" + day);
        views.put("GET /api/analytics/series (12 months to the day)", day -> "/api/analytics/series?from="
                + day.withDayOfMonth(1).minusMonths(11) + "&to=" + day
                + (random.nextBoolean() ? "&township=" + TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size())) : ""));
        views.put("GET /api/analytics/scorecard?township=&asOf=", day -> "/api/analytics/scorecard?asOf=" + day
                + (random.nextBoolean() ? "&township=" + TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size())) : ""));
        views.put("GET /api/analytics/scorecard/series (12 months to the day)", day ->
                "/api/analytics/scorecard/series?from=" + day.withDayOfMonth(1).minusMonths(11) + "&to=" + day
                + (random.nextBoolean() ? "&township=" + TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size())) : ""));

        Map<String, long[]> timings = new LinkedHashMap<>();
        views.keySet().forEach(view -> timings.put(view, new long[requests]));
        long last = System.nanoTime();
        for (int round = -warmUp; round < requests; round++) {
            for (Map.Entry<String, Function<LocalDate, String>> view : views.entrySet()) {
                LocalDate asOf = today.minusDays(random.nextInt(5 * 365 + 1));
                String path = view.getValue().apply(asOf);
                while (System.nanoTime() - last < GAP_NANOS) {
                    Thread.onSpinWait();
                }
                last = System.nanoTime();
                long took = timed(gateway, token, path);
                if (round >= 0) {
                    timings.get(view.getKey())[round] = took;
                }
            }
        }
        System.out.printf("%d requests per view after %d warm-up rounds, as-of days from %s to %s, as %s through %s%n",
                requests, warmUp, today.minusDays(5 * 365), today, user, gateway);
        System.out.println("| view | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        timings.forEach((view, nanos) -> {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("| `%s` | %.1f | %.1f | %.1f | %.1f |%n", view, ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
        });
    }

    /** The time from sending to the whole answer; anything but a 200 ends the run (it would not be the view). */
    private static long timed(String gateway, String token, String path) {
        long start = System.nanoTime();
        HttpResponse<String> response = get(gateway, token, path);
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return took;
    }

    private static HttpResponse<String> get(String gateway, String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET());
    }



    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
