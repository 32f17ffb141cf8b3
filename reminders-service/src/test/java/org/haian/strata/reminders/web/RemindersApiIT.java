package org.haian.strata.reminders.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.MetaData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/**
 * The service reading the three contexts' topics on the real embedded broker, answering over HTTP as each seeded
 * user, and sending the digests to a real SMTP server (GreenMail) in this JVM. Today is fixed at 30 June 2025 in
 * Hai'an; the schedule is off, so only the administrator's call sends.
 */
@ServiceIT
@Import(RemindersApiIT.Today.class)
@TestPropertySource(properties = "haian.reminders.digest.cron=-")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemindersApiIT {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    private static final String libaoPerson = UUID.randomUUID().toString();
    private static final String qutangPerson = UUID.randomUUID().toString();
    private static final String visit = UUID.randomUUID().toString();
    private static final String problem = UUID.randomUUID().toString();
    private static final String suggestion = UUID.randomUUID().toString();

    @Autowired
    ServiceClient service;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        Clock fixedHaianClock() {
            return Clock.fixed(LocalDate.of(2025, 6, 30).atTime(12, 0).atZone(HAIAN).toInstant(), HAIAN);
        }
    }

    /** Once for the class: the events every test reads (a test instance, and Spring's fields, come first). */
    private static boolean published;

    @BeforeEach
    void publishOnce() throws Exception {
        if (published) {
            return;
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("KAFKA_BOOTSTRAP_SERVERS")),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record(Topics.LIAISON, libaoPerson, 0, new LiaisonAssigned(libaoPerson, "libao",
                    Category.ENTERPRISE_STAFF, "cadre-libao", CadreLevel.TOWNSHIP, LocalDate.of(2025, 1, 1), 1))).get();
            producer.send(record(Topics.LIAISON, qutangPerson, 0, new LiaisonAssigned(qutangPerson, "qutang",
                    Category.NEW_MEDIA, "cadre-qutang", CadreLevel.TOWNSHIP, LocalDate.of(2025, 1, 1), 1))).get();
            producer.send(record(Topics.OUTREACH, visit, 0, new VisitLogged(visit, "libao", Category.INTERMEDIARY,
                    UUID.randomUUID().toString(), LocalDate.of(2025, 5, 1), "cadre-libao", CadreLevel.TOWNSHIP,
                    List.of(), List.of(), "findings"))).get();
            producer.send(record(Topics.OUTREACH, visit, 1, new ProblemRaised(visit, problem, "libao",
                    Category.INTERMEDIARY, "the firm needs a training room", "Libao talent office",
                    LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)))).get();
            producer.send(record(Topics.CONTRIBUTION, suggestion, 0, new SuggestionSubmitted(suggestion, "libao",
                    Category.NEW_MEDIA, List.of(libaoPerson), "a night market on the river", "text",
                    SuggestionLevel.TOWNSHIP, null, null))).get();
        }
        Caller city = service.as("city-admin");
        await().atMost(ServiceClient.READ_SIDE).untilAsserted(() -> assertThat(ids(city.get("/api/reminders")
                .expect(200).json())).contains(contact(libaoPerson, "cadre-libao"), contact(qutangPerson,
                "cadre-qutang"), "OVERDUE_PROBLEM|" + problem, "STUCK_SUGGESTION|" + suggestion));
        published = true;
    }

    @Test
    void aCadreSeesTheirOwnRemindersOnlyAndAnotherCadresAreRefused() {
        JsonNode feed = service.as("cadre-libao").get("/api/reminders").expect(200).json();
        assertThat(feed.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(ids(feed)).contains(contact(libaoPerson, "cadre-libao"), "OVERDUE_PROBLEM|" + problem)
                .doesNotContain(contact(qutangPerson, "cadre-qutang"), "STUCK_SUGGESTION|" + suggestion);
        feed.get("items").forEach(item -> assertThat(item.get("cadreId").asText()).isEqualTo("cadre-libao"));
        JsonNode overdue = item(feed, contact(libaoPerson, "cadre-libao"));
        assertThat(overdue.get("kind").asText()).isEqualTo("OVERDUE_CONTACT");
        assertThat(overdue.get("township").asText()).isEqualTo("libao");
        assertThat(overdue.get("dueOn").asText()).isEqualTo("2025-04-01");
        assertThat(overdue.get("daysOverdue").asInt()).isEqualTo(90);
        assertThat(overdue.get("link").asText()).isEqualTo("/api/liaison/people/" + libaoPerson);
        assertThat(overdue.at("/subject/personId").asText()).isEqualTo(libaoPerson);
        assertThat(overdue.at("/subject/category").asText()).isEqualTo("ENTERPRISE_STAFF");
        assertThat(overdue.get("subject").has("problemId")).isFalse();

        assertThat(ids(service.as("cadre-qutang").get("/api/reminders").expect(200).json()))
                .contains(contact(qutangPerson, "cadre-qutang")).doesNotContain(contact(libaoPerson, "cadre-libao"),
                        "OVERDUE_PROBLEM|" + problem);
        service.as("cadre-qutang").get("/api/reminders?cadreId=cadre-libao").expectProblem(403);
    }

    @Test
    void aTownshipOfficerSeesTheirTownshipsRemindersAndAnotherTownshipsOfficerNoneOfThem() {
        assertThat(ids(service.as("officer-libao").get("/api/reminders").expect(200).json()))
                .contains(contact(libaoPerson, "cadre-libao"), "OVERDUE_PROBLEM|" + problem,
                        "STUCK_SUGGESTION|" + suggestion).doesNotContain(contact(qutangPerson, "cadre-qutang"));
        assertThat(ids(service.as("officer-libao").get("/api/reminders?kind=STUCK_SUGGESTION").json()))
                .containsExactly("STUCK_SUGGESTION|" + suggestion);

        Caller qutang = service.as("officer-qutang");
        assertThat(ids(qutang.get("/api/reminders").expect(200).json()))
                .contains(contact(qutangPerson, "cadre-qutang")).doesNotContain(contact(libaoPerson, "cadre-libao"),
                        "OVERDUE_PROBLEM|" + problem, "STUCK_SUGGESTION|" + suggestion);
        assertThat(ids(qutang.get("/api/reminders?cadreId=cadre-libao").expect(200).json())).isEmpty();
        qutang.get("/api/reminders?township=libao").expectProblem(403);
    }

    @Test
    void theCityNarrowsByTownshipCadreAndKindAndBadFiltersAreNamed() {
        Caller city = service.as("city-admin");
        assertThat(ids(city.get("/api/reminders?township=qutang").json()))
                .contains(contact(qutangPerson, "cadre-qutang")).doesNotContain("OVERDUE_PROBLEM|" + problem);
        assertThat(ids(city.get("/api/reminders?cadreId=cadre-libao&kind=OVERDUE_PROBLEM").json()))
                .containsExactly("OVERDUE_PROBLEM|" + problem);
        JsonNode problemItem = item(city.get("/api/reminders").json(), "OVERDUE_PROBLEM|" + problem);
        assertThat(problemItem.get("daysOverdue").asInt()).isEqualTo(29);
        assertThat(problemItem.get("link").asText()).isEqualTo("/api/outreach/visits/" + visit);
        assertThat(problemItem.at("/subject/title").asText()).isEqualTo("the firm needs a training room");

        city.get("/api/reminders?township=atlantis").expectProblem(400, "township");
        city.get("/api/reminders?kind=FORGOTTEN_BIRTHDAY").expectProblem(400);
        city.get("/api/reminders?cadreId=A%20B").expectProblem(400, "cadreId");
        service.as("analyst").get("/api/reminders").expectProblem(403);
        service.anonymous().get("/api/reminders").expectProblem(401);
    }

    @Test
    void theDigestReachesEachTownshipOfficerByMailWithALinkToEachItem() throws Exception {
        service.as("officer-libao").post("/api/reminders/digests").expectProblem(403);
        JsonNode run = service.as("city-admin").post("/api/reminders/digests").expect(200).json();

        assertThat(run.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(run.get("digests").findValuesAsText("status")).containsOnly("SENT");
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage libao = mailTo("officer-libao@haian.local");
        assertThat(libao.getFrom()[0].toString()).isEqualTo("reminders@haian.local");
        assertThat(libao.getSubject()).contains("李堡镇", "2025-06-30");
        String text = (String) libao.getContent();
        assertThat(text).contains("http://localhost:8080/api/liaison/people/" + libaoPerson,
                "http://localhost:8080/api/outreach/visits/" + visit,
                "http://localhost:8080/api/contribution/suggestions/" + suggestion,
                "a night market on the river", "90 days overdue")
                .doesNotContain(qutangPerson);
        assertThat((String) mailTo("officer-qutang@haian.local").getContent()).contains(qutangPerson)
                .doesNotContain(libaoPerson);
    }

    /** Last: it stops the SMTP server the digest test needs. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anSmtpServerThatIsAwayFailsTheDigestsButNotTheService() {
        smtp.stop();

        JsonNode run = service.as("city-admin").post("/api/reminders/digests").expect(200).json();

        assertThat(run.get("digests").findValuesAsText("status")).containsOnly("FAILED");
        assertThat(run.get("digests").findValuesAsText("detail"))
                .allSatisfy(detail -> assertThat(detail).startsWith("the SMTP server did not take it: "));
        assertThat(service.anonymous().get("/actuator/health").expect(200).json().get("status").asText())
                .isEqualTo("UP");
    }

    private static MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No digest reached " + address);
    }

    private ProducerRecord<String, byte[]> record(String topic, String aggregateId, long sequence, Object event) {
        return converter.createKafkaMessage(new GenericDomainEventMessage<>(event.getClass().getSimpleName(),
                aggregateId, sequence, event, MetaData.emptyInstance(), UUID.randomUUID().toString(),
                Instant.parse("2025-01-01T02:00:00Z")), topic);
    }

    private static String contact(String personId, String cadreId) {
        return "OVERDUE_CONTACT|" + personId + "|" + cadreId;
    }

    private static List<String> ids(JsonNode feed) {
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static JsonNode item(JsonNode feed, String id) {
        for (JsonNode item : feed.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in " + feed);
    }
}
