package org.haian.strata.system;

import java.time.Duration;
import java.util.UUID;

import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Records of liaison's registry that outreach's tests name, each returned once outreach knows it from Kafka. */
final class OutreachRecords {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private OutreachRecords() {
    }

    static String organisation(Caller city, String name, String kind, String category, String township, int headcount,
                               int influence) {
        String id = created(city.post("/api/liaison/organisations", """
                {"name":"%s","kind":"%s","category":"%s","township":"%s","headcount":%d,"influence":%d%s}"""
                .formatted(name, kind, category, township, headcount, influence,
                        "MEDIA_OUTLET".equals(kind) ? ",\"followers\":1000" : "")), "organisationId");
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/organisations/" + id).status() == 200);
        return id;
    }

    static String person(Caller city, String township, String category) {
        String id = created(city.post("/api/liaison/people", """
                {"name":"Person %s","category":"%s","township":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), category, township)), "personId");
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/people/" + id).status() == 200);
        return id;
    }

    static String cadre(Caller city, String level, String township) {
        String id = "outreach." + UUID.randomUUID().toString().substring(0, 8);
        created(city.post("/api/liaison/cadres", """
                {"cadreId":"%s","name":"Cadre %s","level":"%s"%s}""".formatted(id, id, level,
                township == null ? "" : ",\"township\":\"" + township + "\"")), "cadreId");
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/cadres/" + id).status() == 200);
        return id;
    }

    /** The call must answer 201 with the new id, which it returns. */
    static String created(Reply response, String idField) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get(idField).asText();
    }
}
