package org.haian.strata.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.haian.strata.benchmarks.Options.option;
import static org.haian.strata.benchmarks.SuiteHttp.send;
import static org.haian.strata.benchmarks.SuiteHttp.token;

/**
 * How long a bulk import of people (批量导入) takes on the running suite ({@code ./run.sh}): a CSV of new people
 * over two townships and four categories is uploaded through the gateway as the city administrator, and the time is
 * taken from the upload until its batch is done (every row registered), until analytics counts every row in the
 * city's figures, and, after the import is undone, until its batch is undone and the figures are back where they
 * were. The state and the figures are polled through the gateway every 250 ms, as the import page does.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.haian.strata.benchmarks.ImportThroughput
 * [--gateway=http://localhost:8080] [--rows=4000]}.
 */
public final class ImportThroughput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORTS = "/api/liaison/imports";
    private static final List<String> CATEGORIES = List.of("ENTERPRISE_STAFF", "NEW_MEDIA", "INTERMEDIARY",
            "FREELANCER");

    private ImportThroughput() {
    }

    public static void main(String[] args) {
        String gateway = option(args, "gateway", "http://localhost:8080");
        int rows = Integer.parseInt(option(args, "rows", "4000"));
        String city = token(gateway, "city-admin");
        String analyst = token(gateway, "analyst");
        long before = people(gateway, analyst);

        long started = System.nanoTime();
        JsonNode upload = json(send(authorised(gateway + IMPORTS + "?kind=people", city)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(people(rows)))), 202);
        String batch = gateway + IMPORTS + "/" + upload.path("batchId").asText();
        awaitState(batch, city, "DONE");
        double registered = seconds(started);
        await(() -> people(gateway, analyst) == before + rows);
        double counted = seconds(started);
        System.out.printf("%d rows: registered in %.1f s (%.0f rows/s); in analytics' figures %.1f s after the upload%n",
                rows, registered, rows / registered, counted);

        long undoing = System.nanoTime();
        json(send(authorised(batch + "/undo", city).POST(HttpRequest.BodyPublishers.noBody())), 202);
        awaitState(batch, city, "UNDONE");
        double undone = seconds(undoing);
        await(() -> people(gateway, analyst) == before);
        System.out.printf("undo: every row withdrawn in %.1f s; figures back %.1f s after the undo was asked%n",
                undone, seconds(undoing));
        System.exit(0);
    }

    /** New people, named by this run so that a second run imports rather than finds them already registered. */
    private static byte[] people(int rows) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("\uFEFF姓名,类别,镇,单位,职务\n");
        for (int i = 0; i < rows; i++) {
            csv.append("导入人士").append(run).append('-').append(i).append(',')
                    .append(CATEGORIES.get(i % CATEGORIES.size())).append(',')
                    .append(i % 2 == 0 ? "孙庄街道" : "hi-tech-zone").append(',')
                    .append("导入单位").append(run).append(i % 50).append(",职员\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long people(String gateway, String analyst) {
        return json(send(authorised(gateway + "/api/analytics/city", analyst)), 200).at("/figures/people").asLong();
    }

    private static void awaitState(String batch, String city, String state) {
        await(() -> {
            JsonNode progress = json(send(authorised(batch, city)), 200);
            if ("INTERRUPTED".equals(progress.path("state").asText())) {
                throw new IllegalStateException("The import was interrupted: " + progress);
            }
            return state.equals(progress.path("state").asText());
        });
    }

    private static void await(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static HttpRequest.Builder authorised(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    private static JsonNode json(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON from " + response.uri(), e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
