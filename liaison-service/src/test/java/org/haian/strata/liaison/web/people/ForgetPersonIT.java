package org.haian.strata.liaison.web.people;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.haian.strata.testsupport.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.testsupport.ServiceClient.READ_SIDE;

/**
 * 删除个人信息: once the city forgets a person, nothing shows who they were (not the registry, not a rebuilt
 * registry, not the history, not the export, not a record of the topic read again from its beginning), while the
 * record itself, and what counts it, stays.
 */
@ServiceIT
class ForgetPersonIT {

    private static final String PEOPLE = "/api/liaison/people";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ServiceClient service;
    @Autowired
    EventProcessingConfiguration processing;
    private Caller city;
    private String name;
    private String phone;
    private String person;

    @BeforeEach
    void givenAPersonWithEverythingTheRegistryHoldsOfThem() {
        city = service.as("city-admin");
        name = "遗忘" + UUID.randomUUID().toString().substring(0, 8);
        phone = "0513-" + (10_000_000 + (int) (Math.random() * 89_999_999));
        person = city.create(PEOPLE, """
                {"name":"%s","category":"NEW_MEDIA","township":"libao","organisation":"Forgetting Studio"}"""
                .formatted(name), "personId");
        city.put(PEOPLE + "/" + person + "/profile", """
                {"organisation":"Forgetting Studio","phone":"%s","wechat":"%s-wx"}""".formatted(phone, name))
                .expect(200);
        assertThat(city.post("/api/liaison/cadres", """
                {"cadreId":"cadre-libao","name":"Libao cadre","level":"TOWNSHIP","township":"libao"}""").status())
                .isIn(201, 409);
        city.post(PEOPLE + "/" + person + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY.minusDays(2))).expect(200);
        city.post(PEOPLE + "/" + person + "/contacts", """
                {"cadreId":"cadre-libao","date":"%s","channel":"VISIT","notes":"met %s at home",
                 "issuesRaised":["%s needs a permit"]}""".formatted(TODAY, name, name)).expect(200);
        await().atMost(READ_SIDE).until(() -> city.get(PEOPLE + "/" + person).body().contains(name + " needs"));
    }

    @Test
    void afterForgettingThePersonsNameAppearsNowhere() {
        city.post(PEOPLE + "/" + person + "/forget", "{\"reason\":\"Consent withdrawn in writing\"}").expect(200);

        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PEOPLE + "/" + person)
                .as(PersonView.class).forgotten()).isTrue());
        PersonView page = city.get(PEOPLE + "/" + person).as(PersonView.class);
        assertThat(page.name()).isNull();
        assertThat(page.phone()).isNull();
        assertThat(page.wechat()).isNull();
        assertThat(page.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.notes()).isNull();
            assertThat(contact.issuesRaised()).isEmpty();
        });
        assertThat(page.township()).isEqualTo("libao");
        assertThat(page.cadres()).hasSize(1);
        assertNowhere(city.get(PEOPLE + "/" + person).body());
        assertNowhere(city.get(PEOPLE + "/" + person + "/history").expect(200).body());
        assertNowhere(city.get(PEOPLE + "/" + person + "/export").expect(200).body());
        assertNowhere(city.get(PEOPLE + "?organisation=Forgetting%20Studio").expect(200).body());
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(published()).extracting(
                record -> TopicRecords.header(record, "axon-message-type")).contains(PersonForgotten.class.getName()));
        assertThat(published()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(record -> assertNowhere(new String(record.value(), StandardCharsets.UTF_8)));
    }

    @Test
    void aRebuiltRegistryKnowsTheRecordButNotWhoItWas() {
        city.post(PEOPLE + "/" + person + "/forget", "{\"reason\":\"Purpose served\"}").expect(200);
        StreamingEventProcessor directory = processing.eventProcessor("person-directory",
                StreamingEventProcessor.class).orElseThrow();

        directory.shutDown();
        directory.resetTokens();
        directory.start();

        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PEOPLE + "/" + person)
                .as(PersonView.class).forgotten()).isTrue());
        assertNowhere(city.get(PEOPLE + "/" + person).body());
    }

    @Test
    void aForgottenPersonTakesNoFurtherChangeAndTheirNameIsFreeForAnotherPerson() {
        city.post(PEOPLE + "/" + person + "/forget", "{\"reason\":\"Consent withdrawn\"}").expect(200);

        service.storesNothing(() -> city.put(PEOPLE + "/" + person + "/profile", "{\"role\":\"Editor\"}"))
                .expectProblem(409, "personId");
        service.storesNothing(() -> city.post(PEOPLE + "/" + person + "/forget", "{\"reason\":\"Again\"}"))
                .expectProblem(409, "personId");
        city.create(PEOPLE, """
                {"name":"%s","category":"NEW_MEDIA","township":"libao","organisation":"Forgetting Studio"}"""
                .formatted(name), "personId");
    }

    @Test
    void onlyTheCityForgetsAndForgettingNeedsAReason() {
        for (String user : List.of("officer-libao", "cadre-libao", "analyst")) {
            service.storesNothing(() -> service.as(user).post(PEOPLE + "/" + person + "/forget",
                    "{\"reason\":\"No\"}")).expectProblem(403);
        }
        service.storesNothing(() -> city.post(PEOPLE + "/" + person + "/forget", "{}")).expectProblem(400, "reason");
    }

    @Test
    void anExportHoldsEverythingAboutThePersonAndIsItselfOnRecord() {
        String export = service.as("officer-libao").get(PEOPLE + "/" + person + "/export").expect(200).body();

        assertThat(export).contains(name, phone, name + " needs a permit", "cadre-libao");
        assertThat(city.get(PEOPLE + "/" + person + "/history").list()).extracting("event")
                .contains("PersonalDataExported");
        service.as("officer-qutang").get(PEOPLE + "/" + person + "/export").expectProblem(404, "personId");
    }

    /** Every record of this person on the topic, read again from its beginning. */
    private List<ConsumerRecord<String, byte[]>> published() {
        return TopicRecords.all(System.getProperty("KAFKA_BOOTSTRAP_SERVERS"), Topics.LIAISON).stream()
                .filter(record -> person.equals(record.key())).toList();
    }

    private void assertNowhere(String text) {
        assertThat(text).doesNotContain(name).doesNotContain(phone);
    }
}
