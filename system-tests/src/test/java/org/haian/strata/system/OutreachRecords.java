package org.haian.strata.system;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Records of liaison's registry that outreach's tests name, each returned once outreach knows it from Kafka. */
final class OutreachRecords {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private OutreachRecords() {
    }

    static String organisation(Api city, String name, String kind, String category, String township, int headcount,
                               int influence) {
        String id = created(city.post("/api/liaison/organisations", """
                {"name":"%s","kind":"%s","category":"%s","township":"%s","headcount":%d,"influence":%d%s}"""
                .formatted(name, kind, category, township, headcount, influence,
                        "MEDIA_OUTLET".equals(kind) ? ",\"followers\":1000" : "")), "organisationId");
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/organisations/" + id).status() == 200);
        return id;
    }

    static String person(Api city, String township, String category) {
        String id = created(city.post("/api/liaison/people", """
                {"name":"Person %s","category":"%s","township":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), category, township)), "personId");
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/people/" + id).status() == 200);
        return id;
    }

    static String cadre(Api city, String level, String township) {
        String id = "outreach." + UUID.randomUUID().toString().substring(0, 8);
        created(city.post("/api/liaison/cadres", """
                {"cadreId":"%s","name":"Cadre %s","level":"%s"%s}""".formatted(id, id, level,
                township == null ? "" : ",\"township\":\"" + township + "\"")), "cadreId");
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/cadres/" + id).status() == 200);
        return id;
    }

    /** The call must answer 201 with the new id, which it returns. */
    static String created(Api.Response response, String idField) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body().get(idField).asText();
    }
}
