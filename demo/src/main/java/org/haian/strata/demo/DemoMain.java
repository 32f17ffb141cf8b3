package org.haian.strata.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the demo city into a running suite through its gateway.
 *
 * <pre>
 * java -jar demo/target/demo-0.1.0-SNAPSHOT-exec.jar [--base-url=http://localhost:8080] [--user=city-admin]
 *      [--password=haian-local] [--workers=6] [--rate=45] [--seed=20190604]
 * </pre>
 *
 * The user must be a city administrator (the plan spans every township and the city-level records). {@code --rate}
 * stays under the gateway's per-user limit (50 requests a second by default). The exit code is 0 when everything is
 * loaded (or was already), 1 on a refusal, which is printed with the request that caused it.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("base-url", "http://localhost:8080",
                "user", "city-admin", "password", "haian-local", "workers", "6", "rate", "45",
                "seed", Long.toString(DemoCity.DEFAULT_SEED)));
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println("Options (defaults): " + options.keySet().stream()
                        .map(key -> "--" + key + "=" + (key.equals("password") ? "***" : options.get(key)))
                        .reduce((a, b) -> a + " " + b).orElse(""));
                return;
            }
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0 || !options.containsKey(arg.substring(2, equals))) {
                System.err.println("Unknown option " + arg + "; try --help");
                System.exit(2);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        // "Today" where the API decides what lies in the future: Hai'an's.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        DemoCity city = DemoCity.plan(Long.parseLong(options.get("seed")), today);
        System.out.printf("Demo city for %s: %,d people, %,d organisations, %,d cadres in %d townships; "
                        + "five years of activity (%s to %s)%n", options.get("base-url"), city.people().size(),
                city.organisations().size(), city.cadres().size(), city.townships().size(), today.minusYears(5),
                today.minusDays(1));
        Api api = new Api(options.get("base-url"), options.get("user"), options.get("password"),
                Double.parseDouble(options.get("rate")));
        DemoLoader loader = new DemoLoader(api, city, Integer.parseInt(options.get("workers")), System.out);
        try {
            DemoLoader.Result result = loader.load();
            System.out.printf("Done in %.0f s: %,d records created, %,d found already loaded (not sent again); "
                            + "%,d requests.%n", result.seconds(), result.created(), result.found(), result.requests());
            System.out.println("Analytics counts what was loaded a moment later: " + options.get("base-url")
                    + "/api/analytics/city");
        } catch (RuntimeException failed) {
            System.out.println();
            System.err.println("The demo load stopped: " + failed.getMessage());
            System.err.println("What was loaded stays; running the generator again resumes after it.");
            System.exit(1);
        }
    }
}
