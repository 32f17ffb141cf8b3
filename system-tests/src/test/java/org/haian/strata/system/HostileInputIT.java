package org.haian.strata.system;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.system.HostileRequests.Probe;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input at the one public entrance, generated from the API documents the gateway serves (see
 * {@link HostileRequests}), sent as the city administrator so that every refusal is about the input, never about
 * rights. Every answer must be a clean refusal: a status the request deserves and never a 5xx; problem+json whose
 * status is the answer's, with one of the project's types and one title per type; a 400 about one field or
 * parameter naming it; no stack trace, class or library name in the answer; an injected filter matching nothing;
 * and nothing stored in any service's event store.
 */
@ExtendWith(SuiteExtension.class)
class HostileInputIT {

    /** The fewest hostile requests a run sends; the four services' documents give more. */
    private static final int AT_LEAST = 1000;
    /**
     * The gateway passes on a caller's request id only if it is a plain token, and makes one otherwise; only a
     * request its decoder cannot read (414, 431) is answered before any filter gives it one.
     */
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |org\\.springframework|org\\.axonframework|com\\.fasterxml|java\\.lang|org\\.h2\\."
                    + "|com\\.mongodb|org\\.apache|reactor\\.|io\\.netty");

    /**
     * Requests in flight at once: a client waits on the suite far more than it works, so a few at a time finish
     * the probes in a fraction of the time, under the per-user limit the suite's gateway runs with.
     */
    private static final int SENDERS = 3;

    @Test
    void everyDocumentedOperationRefusesHostileInputCleanly(Suite suite) throws InterruptedException {
        Caller city = suite.api().as("city-admin");
        Map<String, Long> storedBefore = stored(suite);
        List<Probe> probes = suite.services().stream()
                .map(service -> city.get("/openapi/" + service.name().replace("-service", "")).expect(200).json())
                .flatMap(document -> HostileRequests.of(document).stream())
                .toList();
        assertThat(probes).hasSizeGreaterThanOrEqualTo(AT_LEAST);

        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> titles = new TreeMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<Reply>> replies = probes.stream()
                .map(probe -> senders.submit(() -> paced(city, probe)))
                .toList();
        senders.shutdown();
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            Reply reply;
            try {
                reply = replies.get(i).get();
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof UncheckedIOException unanswered) {
                    wrong.add(probe.what() + " got no answer: " + unanswered.getCause());
                    continue;
                }
                throw new IllegalStateException(probe.what(), failed.getCause());
            }
            wrong.addAll(misjudged(probe, reply));
            if (reply.status() >= 400 && reply.contentType().startsWith("application/problem+json")) {
                titles.computeIfAbsent(reply.json().path("type").asText(), type -> new TreeSet<>())
                        .add(reply.json().path("title").asText());
            }
        }
        titles.forEach((type, named) -> {
            if (named.size() > 1) {
                wrong.add("one problem type with several titles: " + type + " " + named);
            }
        });

        assertThat(wrong).as("%d of %d hostile requests were not refused cleanly", wrong.size(), probes.size())
                .isEmpty();
        assertThat(stored(suite)).as("events stored by hostile requests").isEqualTo(storedBefore);
    }

    /** Sends the request, waiting out the gateway's per-user limit as a well-behaved client does. */
    private static Reply paced(Caller caller, Probe probe) {
        for (int attempt = 0; ; attempt++) {
            Reply reply = caller.send(probe.method(), probe.path(), probe.body(), request -> {
                if (probe.contentType() != null) {
                    request.setHeader("Content-Type", probe.contentType());
                }
                probe.headers().forEach(request::setHeader);
                return request;
            });
            if (reply.status() != 429 || attempt == 20) {
                return reply;
            }
            try {
                Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> misjudged(Probe probe, Reply reply) {
        String answer = probe.what() + " answered " + reply.status() + " " + shorten(reply.body());
        List<String> wrong = new ArrayList<>();
        if (!probe.allowed().contains(reply.status())) {
            wrong.add("expected one of " + probe.allowed() + ": " + answer);
        }
        String requestId = reply.header("X-Request-Id");
        boolean undecodable = reply.status() == 414 || reply.status() == 431;
        if (!undecodable && (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches())) {
            wrong.add("no request id of the gateway's own (" + shorten(String.valueOf(requestId)) + "): " + answer);
        }
        if (reply.status() < 400) {
            if (probe.listsNothing() && listed(reply.json()) > 0) {
                wrong.add("an injected filter matched records: " + answer);
            }
            return wrong;
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            wrong.add("not problem+json (" + reply.contentType() + "): " + answer);
            return wrong;
        }
        JsonNode problem = reply.json();
        if (!problem.path("type").asText().startsWith("urn:haian:problem:")) {
            wrong.add("not one of the project's problem types: " + answer);
        }
        if (problem.path("status").asInt() != reply.status()) {
            wrong.add("problem status differs from the answer's: " + answer);
        }
        if (INTERNALS.matcher(reply.body()).find()) {
            wrong.add("internals in the answer: " + answer);
        }
        if (probe.field() != null && reply.status() == 400 && !names(problem, probe.field())) {
            wrong.add("does not name " + probe.field() + ": " + answer);
        }
        return wrong;
    }

    private static boolean names(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText();
            if ((named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + "."))
                    && !error.path("reason").asText().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** How many records a list answer holds: a JSON array, or a page with its items. */
    private static int listed(JsonNode answer) {
        return answer.isArray() ? answer.size() : answer.path("items").size();
    }

    private static Map<String, Long> stored(Suite suite) {
        return suite.services().stream().collect(Collectors.toMap(SuiteProcess::name, suite::eventStoreHead));
    }

    private static String shorten(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
