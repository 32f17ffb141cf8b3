package org.haian.strata.liaison.web.edge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mixed commands from eight clients at once on shared aggregates (one association, one cadre's people), as the
 * hostile tester sent them: every one is answered by a decision (2xx, or a 4xx that names the field), none by a
 * failure of the service. It once found one JDBC connection used by two threads.
 */
@ServiceIT
class ConcurrentCommandsIT {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 12;

    @Autowired
    ServiceClient service;

    @Test
    void concurrentMixedCommandsOnSharedAggregatesAreAllDecided() throws Exception {
        Caller city = service.as("city-admin");
        String association = city.create("/api/liaison/associations", "{\"name\":\"Stress association\"}",
                "associationId");
        String cadre = "stress." + UUID.randomUUID().toString().substring(0, 8);
        city.post("/api/liaison/cadres", """
                {"cadreId":"%s","name":"Stress cadre","level":"CITY_LEADERSHIP"}""".formatted(cadre)).expect(201);
        service.awaitReadable("city-admin", "/api/liaison/cadres/" + cadre);
        ConcurrentLinkedQueue<Reply> failures = new ConcurrentLinkedQueue<>();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String user = client % 2 == 0 ? "city-admin" : "officer-libao";
                running.add(clients.submit((Callable<Void>) () -> {
                    Caller caller = service.as(user);
                    for (int round = 0; round < ROUNDS; round++) {
                        String person = caller.post("/api/liaison/people", """
                                {"name":"Stress %s","category":"NEW_MEDIA","township":"libao","organisation":"Works"}"""
                                .formatted(UUID.randomUUID())).text("personId");
                        List<Reply> replies = List.of(
                                caller.post("/api/liaison/associations/" + association + "/members",
                                        "{\"personId\":\"" + person + "\"}"),
                                // refused ones too: a member twice, a cadre twice, a person who is no association
                                caller.post("/api/liaison/associations/" + association + "/members",
                                        "{\"personId\":\"" + person + "\"}"),
                                caller.post("/api/liaison/associations/" + person + "/members",
                                        "{\"personId\":\"" + person + "\"}"),
                                caller.post("/api/liaison/people", """
                                        {"name":"Twice","category":"NEW_MEDIA","township":"libao","organisation":"Works"}"""),
                                caller.get("/api/liaison/people/" + person + "/history"),
                                caller.get("/api/liaison/associations/" + association + "/history"),
                                caller.post("/api/liaison/people/" + person + "/liaisons", """
                                        {"cadreId":"%s","since":"%s"}""".formatted(cadre, LocalDate.now().minusDays(3))),
                                caller.post("/api/liaison/people/" + person + "/liaisons", """
                                        {"cadreId":"%s","since":"%s"}""".formatted(cadre, LocalDate.now().minusDays(3))),
                                caller.put("/api/liaison/people/" + person + "/profile", "{\"role\":\"Editor\"}"),
                                caller.post("/api/liaison/people/" + person + "/contacts", """
                                        {"cadreId":"%s","date":"%s","channel":"PHONE"}"""
                                        .formatted(cadre, LocalDate.now().minusDays(1))));
                        replies.stream().filter(reply -> reply.status() >= 500).forEach(failures::add);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(failures).extracting(reply -> reply.request() + " " + reply.status() + " " + reply.body())
                .isEmpty();
    }
}
