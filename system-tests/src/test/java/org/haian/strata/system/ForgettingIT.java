package org.haian.strata.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.haian.strata.contract.Topics;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 删除个人信息 across the whole suite: once the city forgets a person, their name is in no read model of any service
 * and in no record of liaison's topic, while every figure stays what it was, counted live and counted again by a
 * rebuild.
 */
@ExtendWith(SuiteExtension.class)
class ForgettingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aForgottenPersonIsNamedNowhereAndEveryFigureStaysWhatItWas(Suite suite) {
        Caller city = suite.api().as("city-admin");
        suite.awaitSettled();
        JsonNode untouched = figures(suite);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "遗忘" + run;
        String person = city.create("/api/liaison/people", """
                {"name":"%s","category":"NEW_MEDIA","township":"dagong","organisation":"Dagong Studio %s"}"""
                .formatted(name, run), "personId");
        city.put("/api/liaison/people/" + person + "/profile", """
                {"phone":"0513-%d","wechat":"%s-wx"}""".formatted(10_000_000 + new Random().nextInt(89_999_999), name)).expect(200);
        String cadre = city.create("/api/liaison/cadres", """
                {"cadreId":"forgetting-%s","name":"Dagong cadre","level":"TOWNSHIP","township":"dagong"}"""
                .formatted(run), "cadreId");
        city.post("/api/liaison/people/" + person + "/liaisons", """
                {"cadreId":"%s","since":"%s"}""".formatted(cadre, TODAY.minusDays(3))).expect(200);
        city.post("/api/liaison/people/" + person + "/contacts", """
                {"cadreId":"%s","date":"%s","channel":"VISIT","notes":"met %s","issuesRaised":["%s needs a permit"]}"""
                .formatted(cadre, TODAY, name, name)).expect(200);
        String association = city.create("/api/liaison/associations",
                "{\"name\":\"Dagong association " + run + "\"}", "associationId");
        city.post("/api/liaison/associations/" + association + "/members", "{\"personId\":\"" + person + "\"}")
                .expect(201);
        await().atMost(PATIENCE).until(() -> city.get("/api/liaison/people/" + person).body().contains(name));
        suite.awaitSettled();
        JsonNode before = figures(suite);
        assertThat(before.at("/dagong/people").asLong()).isEqualTo(untouched.at("/dagong/people").asLong() + 1);
        assertThat(before.at("/dagong/members").asLong()).isEqualTo(untouched.at("/dagong/members").asLong() + 1);
        assertThat(readModelsNaming(suite, name)).as("the registry names them before they are forgotten")
                .contains("haian_liaison.people");

        city.post("/api/liaison/people/" + person + "/forget", "{\"reason\":\"Consent withdrawn in writing\"}")
                .expect(200);

        await().atMost(PATIENCE).until(() -> city.get("/api/liaison/people/" + person).json()
                .path("forgotten").asBoolean());
        suite.awaitSettled();
        assertThat(figures(suite)).as("the figures after forgetting").isEqualTo(before);
        assertThat(readModelsNaming(suite, name)).isEmpty();
        assertThat(TopicRecords.all("localhost:" + suite.kafka.port(), Topics.LIAISON))
                .noneSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains(name));
        assertThat(city.get("/api/liaison/associations/" + association + "/members").expect(200).body())
                .doesNotContain(name);

        String rebuild = city.post("/api/analytics/rebuilds").expect(202).location();
        await().atMost(Duration.ofMinutes(3)).until(() -> city.get(rebuild).json().path("state").asText()
                .equals("DONE"));
        suite.awaitSettled();
        assertThat(figures(suite)).as("the figures counted again after forgetting").isEqualTo(before);
        assertThat(readModelsNaming(suite, name)).isEmpty();
    }

    /** Dagong's figures, in all and per category, and the city's, as the analyst reads them today. */
    private static JsonNode figures(Suite suite) {
        Caller analyst = suite.api().as("analyst");
        JsonNode dagong = analyst.get("/api/analytics/townships/dagong").expect(200).json();
        ObjectNode figures = JsonNodeFactory.instance.objectNode();
        figures.set("dagong", dagong.path("figures"));
        figures.set("dagongByCategory", dagong.path("byCategory"));
        figures.set("city", analyst.get("/api/analytics/city").expect(200).json().path("figures"));
        return figures;
    }

    /** Every document of every database on the MongoDB-wire server that holds this text: "database.collection". */
    private static List<String> readModelsNaming(Suite suite, String text) {
        List<String> found = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + suite.mongo.port())) {
            for (String databaseName : mongo.listDatabaseNames()) {
                MongoDatabase database = mongo.getDatabase(databaseName);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        if (document.toJson().contains(text)) {
                            found.add(databaseName + "." + collection);
                        }
                    }
                }
            }
        }
        return found;
    }
}
