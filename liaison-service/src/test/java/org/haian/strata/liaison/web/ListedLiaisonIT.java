package org.haian.strata.liaison.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.liaison.web.PeopleRegistryIT.assertInvalid;
import static org.haian.strata.liaison.web.PeopleRegistryIT.assertProblem;

/**
 * The cadre registry and listed liaison (列名联系) through liaison-service's own HTTP API: registering cadres,
 * assigning and ending, logging contacts, and a cadre's list with its overdue flags, each with its refusals and
 * the township rules. The seeded users {@code cadre-libao} and {@code cadre-qutang} sign in with their cadre ids.
 */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListedLiaisonIT {

    private static final String PEOPLE = "/api/liaison/people";
    private static final String CADRES = "/api/liaison/cadres";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    /** The seeded cadres are in the registry (once per JVM, whichever test class registers them first). */
    @BeforeEach
    void seededCadresAreRegistered() {
        for (String township : List.of("libao", "qutang")) {
            String cadreId = "cadre-" + township;
            ResponseEntity<Map> answer = as("city-admin").post(CADRES, """
                    {"cadreId":"%s","name":"Cadre of %s","level":"TOWNSHIP","township":"%s"}"""
                    .formatted(cadreId, township, township));
            assertThat(answer.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
            awaitCadre(cadreId);
        }
    }

    // --- the cadre registry ---

    @Test
    void theCityRegistersACityLevelCadreAndAnOfficerATownshipCadreOfTheirOwnTownship() {
        String mayor = newCadreId();
        ResponseEntity<Map> city = as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"Mayor","level":"CITY_LEADERSHIP","post":"deputy mayor"}""".formatted(mayor));
        String deputy = newCadreId();
        ResponseEntity<Map> officer = as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Deputy","level":"TOWNSHIP"}""".formatted(deputy));

        assertThat(city.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(city.getHeaders().getLocation()).hasToString(CADRES + "/" + mayor);
        assertThat(city.getBody()).containsEntry("cadreId", mayor);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(awaitCadre(deputy)).containsEntry("township", "libao").containsEntry("level", "TOWNSHIP");
        assertThat(awaitCadre(mayor)).containsEntry("post", "deputy mayor").containsEntry("township", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCadresHistoryShowsWhoRegisteredThemToThoseWhoMaySeeTheCadre() {
        String deputy = newCadreId();
        as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Deputy","level":"TOWNSHIP"}""".formatted(deputy));
        awaitCadre(deputy);

        ResponseEntity<List> history = as("city-admin").getList(CADRES + "/" + deputy + "/history");

        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) history.getBody().get(0)).containsEntry("event", "CadreRegistered")
                .containsEntry("actingUser", "officer-libao");
        assertThat(as("officer-qutang").get(CADRES + "/" + deputy + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCadreRegistrationOutsideTheCallersReachOrWithBadInputIsRefusedAndStoresNothing() {
        int before = storedEvents();

        assertProblem(as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Mayor","level":"CITY_LEADERSHIP"}""".formatted(newCadreId())),
                HttpStatus.FORBIDDEN);
        assertProblem(as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Q","level":"TOWNSHIP","township":"qutang"}""".formatted(newCadreId())),
                HttpStatus.FORBIDDEN);
        assertProblem(as("cadre-libao").post(CADRES, """
                {"cadreId":"%s","name":"Me","level":"TOWNSHIP"}""".formatted(newCadreId())), HttpStatus.FORBIDDEN);
        assertInvalid(as("city-admin").post(CADRES, """
                {"cadreId":"Not A Sign-in Name","name":"X","level":"DEPARTMENT"}"""), "cadreId");
        assertInvalid(as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"X","level":"TOWNSHIP"}""".formatted(newCadreId())), "township");
        assertInvalid(as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"X","level":"DEPARTMENT","township":"libao"}""".formatted(newCadreId())),
                "township");
        assertProblem(as("city-admin").post(CADRES, """
                {"cadreId":"cadre-libao","name":"Again","level":"TOWNSHIP","township":"libao"}"""),
                HttpStatus.CONFLICT);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anOfficerSeesTheirTownshipsCadresAndTheCityLevelOnesAndACadreOnlyThemselves() {
        String department = newCadreId();
        as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"United Front Dept","level":"DEPARTMENT"}""".formatted(department));
        awaitCadre(department);

        List<String> seenByLibao = cadreIds(as("officer-libao").getList(CADRES).getBody());
        assertThat(seenByLibao).contains("cadre-libao", department).doesNotContain("cadre-qutang");
        assertThat(cadreIds(as("city-admin").getList(CADRES).getBody())).contains("cadre-libao", "cadre-qutang");
        assertProblem(as("officer-libao").get(CADRES + "/cadre-qutang"), HttpStatus.NOT_FOUND);
        assertThat(as("officer-libao").get(CADRES + "/" + department).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("cadre-libao").get(CADRES + "/cadre-libao").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(as("cadre-libao").get(CADRES + "/cadre-qutang"), HttpStatus.FORBIDDEN);
        assertProblem(as("cadre-libao").get(CADRES), HttpStatus.FORBIDDEN);
        assertProblem(as("analyst").get(CADRES + "/cadre-libao"), HttpStatus.FORBIDDEN);
    }

    // --- assignment ---

    @Test
    void aCadreIsAssignedWithTheLevelFromTheRegistryAndThenReadsThePersonAndTheirHistory() {
        String personId = register("libao");
        assertProblem(as("cadre-libao").get(PEOPLE + "/" + personId), HttpStatus.NOT_FOUND);

        ResponseEntity<Map> assigned = as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY.minusDays(10)));

        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assigned.getBody()).containsEntry("personId", personId).containsEntry("cadreId", "cadre-libao");
        await().untilAsserted(() -> assertThat((List<Map<String, Object>>) as("cadre-libao")
                .get(PEOPLE + "/" + personId).getBody().get("cadres")).singleElement().satisfies(cadre -> assertThat(
                cadre).containsEntry("cadreId", "cadre-libao").containsEntry("cadreLevel", "TOWNSHIP")
                .containsEntry("since", TODAY.minusDays(10).toString()).containsEntry("lastContact", null)));
        assertThat(as("cadre-libao").getList(PEOPLE + "/" + personId + "/history").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(as("cadre-qutang").get(PEOPLE + "/" + personId), HttpStatus.NOT_FOUND);
        assertProblem(as("cadre-qutang").get(PEOPLE + "/" + personId + "/history"), HttpStatus.NOT_FOUND);
    }

    @Test
    void anAssignmentOfAnUnknownOrUnreachableCadreOrOfTheSameCadreTwiceIsRefusedAndStoresNothing() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY);
        int before = storedEvents();

        ResponseEntity<Map> unknown = as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"nobody-%s","since":"%s"}""".formatted(UUID.randomUUID(), TODAY));
        assertProblem(unknown, HttpStatus.NOT_FOUND);
        assertThat((List<Map<String, String>>) unknown.getBody().get("errors"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", "cadreId"));
        assertProblem(as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-qutang","since":"%s"}""".formatted(TODAY)), HttpStatus.NOT_FOUND);
        assertProblem(as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)), HttpStatus.CONFLICT);
        assertProblem(as("officer-qutang").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-qutang","since":"%s"}""".formatted(TODAY)), HttpStatus.NOT_FOUND);
        assertInvalid(as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao"}"""), "since");
        assertProblem(as("cadre-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)), HttpStatus.FORBIDDEN);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anEndedAssignmentTakesThePersonOutOfTheCadresReachAndCannotBeEndedTwice() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY);
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + personId).getStatusCode() == HttpStatus.OK);

        ResponseEntity<Map> ended = as("officer-libao").delete(PEOPLE + "/" + personId + "/liaisons/cadre-libao");

        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ended.getBody()).containsEntry("personId", personId).containsEntry("cadreId", "cadre-libao");
        assertProblem(as("officer-libao").delete(PEOPLE + "/" + personId + "/liaisons/cadre-libao"),
                HttpStatus.CONFLICT);
        assertProblem(as("cadre-libao").get(PEOPLE + "/" + personId + "/history"), HttpStatus.NOT_FOUND);
        await().untilAsserted(() -> assertProblem(as("cadre-libao").get(PEOPLE + "/" + personId),
                HttpStatus.NOT_FOUND));
        assertThat(personIds(as("cadre-libao").get(CADRES + "/cadre-libao/people"))).doesNotContain(personId);
    }

    @Test
    void anArchivedPersonsLiaisonsEndAndTheyTakeNoNewAssignment() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY);
        as("officer-libao").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\"left the area\"}");
        int before = storedEvents();

        assertProblem(as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)), HttpStatus.CONFLICT);
        assertThat(storedEvents()).isEqualTo(before);
        await().untilAsserted(() -> assertThat(personIds(as("cadre-libao").get(CADRES + "/cadre-libao/people")))
                .doesNotContain(personId));
    }

    // --- contacts ---

    @Test
    void aCadreLogsAContactAsThemselvesAndItShowsOnThePersonsPage() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY.minusDays(3));
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + personId).getStatusCode() == HttpStatus.OK);

        ResponseEntity<Map> logged = as("cadre-libao").post(PEOPLE + "/" + personId + "/contacts", """
                {"date":"%s","channel":"VISIT","notes":"tea at the workshop","issuesRaised":["parking","permits"]}"""
                .formatted(TODAY));

        assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(logged.getBody()).containsEntry("cadreId", "cadre-libao");
        await().untilAsserted(() -> assertThat((List<Map<String, Object>>) as("cadre-libao")
                .get(PEOPLE + "/" + personId).getBody().get("contacts")).containsExactly(Map.of(
                "cadreId", "cadre-libao", "date", TODAY.toString(), "channel", "VISIT",
                "notes", "tea at the workshop", "issuesRaised", List.of("parking", "permits"))));
    }

    @Test
    void aContactOnSomeoneElsesBehalfOrInTheFutureOrWithSomeoneNotAssignedIsRefusedAndStoresNothing() {
        String personId = register("libao");
        String stranger = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY.minusDays(3));
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + personId).getStatusCode() == HttpStatus.OK);
        String contacts = PEOPLE + "/" + personId + "/contacts";
        int before = storedEvents();

        assertProblem(as("cadre-libao").post(contacts, """
                {"cadreId":"cadre-qutang","date":"%s","channel":"PHONE"}""".formatted(TODAY)), HttpStatus.FORBIDDEN);
        assertInvalid(as("city-admin").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY)), "cadreId");
        assertInvalid(as("cadre-libao").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY.plusDays(1))), "date");
        assertInvalid(as("cadre-libao").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY.minusDays(4))), "date");
        assertInvalid(as("cadre-libao").post(contacts, """
                {"date":"%s","channel":"TELEPATHY"}""".formatted(TODAY)), "channel");
        assertProblem(as("cadre-libao").post(PEOPLE + "/" + stranger + "/contacts", """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY)), HttpStatus.NOT_FOUND);
        assertProblem(as("cadre-qutang").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY)), HttpStatus.NOT_FOUND);
        assertProblem(as("officer-libao").post(PEOPLE + "/" + stranger + "/contacts", """
                {"cadreId":"cadre-libao","date":"%s","channel":"PHONE"}""".formatted(TODAY)), HttpStatus.CONFLICT);
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(as("officer-libao").post(contacts, """
                {"cadreId":"cadre-libao","date":"%s","channel":"MEETING"}""".formatted(TODAY)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    // --- a cadre's list ---

    @Test
    void aCadresListShowsTheLastContactAndFlagsThoseNotContactedWithinThePeriod() {
        String contacted = register("libao");
        String neglected = register("libao");
        assign("officer-libao", contacted, "cadre-libao", TODAY.minusDays(200));
        assign("officer-libao", neglected, "cadre-libao", TODAY.minusDays(200));
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + contacted).getStatusCode() == HttpStatus.OK);
        as("cadre-libao").post(PEOPLE + "/" + contacted + "/contacts", """
                {"date":"%s","channel":"ONLINE"}""".formatted(TODAY.minusDays(5)));

        await().untilAsserted(() -> {
            Map<String, Map<String, Object>> list = entries(as("cadre-libao").get(CADRES + "/cadre-libao/people"));
            assertThat(list.get(contacted)).containsEntry("lastContact", TODAY.minusDays(5).toString())
                    .containsEntry("overdue", false).containsEntry("since", TODAY.minusDays(200).toString())
                    .containsEntry("township", "libao").containsEntry("category", "NEW_MEDIA")
                    .containsKey("name");
            assertThat(list.get(neglected)).containsEntry("lastContact", null).containsEntry("overdue", true);
        });
        assertThat(as("cadre-libao").get(CADRES + "/cadre-libao/people").getBody())
                .containsEntry("cadreId", "cadre-libao").containsEntry("overdueAfter", "P90D");
    }

    @Test
    void aCadreReadsOnlyTheirOwnListAndAnOfficerSeesOnlyTheirTownshipsPeopleInIt() {
        String mayor = newCadreId();
        as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"Mayor","level":"CITY_LEADERSHIP"}""".formatted(mayor));
        awaitCadre(mayor);
        String inLibao = register("libao");
        String inQutang = register("qutang");
        assign("city-admin", inLibao, mayor, TODAY);
        assign("city-admin", inQutang, mayor, TODAY);
        String list = CADRES + "/" + mayor + "/people";

        await().untilAsserted(() -> assertThat(personIds(as("city-admin").get(list)))
                .containsExactlyInAnyOrder(inLibao, inQutang));
        assertThat(personIds(as("officer-qutang").get(list))).containsExactly(inQutang);
        assertProblem(as("cadre-qutang").get(CADRES + "/cadre-libao/people"), HttpStatus.FORBIDDEN);
        assertProblem(as("cadre-libao").get(list), HttpStatus.FORBIDDEN);
        assertProblem(as("officer-qutang").get(CADRES + "/cadre-libao/people"), HttpStatus.NOT_FOUND);
        assertProblem(as("city-admin").get(CADRES + "/" + newCadreId() + "/people"), HttpStatus.NOT_FOUND);
        assertProblem(as("analyst").get(list), HttpStatus.FORBIDDEN);
    }

    private String register(String township) {
        ResponseEntity<Map> created = as("city-admin").post(PEOPLE, """
                {"name":"Befriended %s","category":"NEW_MEDIA","township":"%s","organisation":"Studio"}"""
                .formatted(UUID.randomUUID(), township));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("personId");
    }

    private void assign(String user, String personId, String cadreId, LocalDate since) {
        ResponseEntity<Map> assigned = as(user).post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"%s","since":"%s"}""".formatted(cadreId, since));
        assertThat(assigned.getStatusCode()).as(String.valueOf(assigned.getBody())).isEqualTo(HttpStatus.OK);
    }

    private Map<String, Object> awaitCadre(String cadreId) {
        return await().until(() -> as("city-admin").get(CADRES + "/" + cadreId),
                response -> response.getStatusCode() == HttpStatus.OK).getBody();
    }

    private static String newCadreId() {
        return "cadre." + UUID.randomUUID().toString().substring(0, 8);
    }

    private ServiceClient.Caller as(String user) {
        return new ServiceClient(http, jdbc).as(user);
    }

    private static List<String> cadreIds(List<Map<String, Object>> cadres) {
        return cadres.stream().map(cadre -> (String) cadre.get("cadreId")).toList();
    }

    private static Map<String, Map<String, Object>> entries(ResponseEntity<Map> caseload) {
        assertThat(caseload.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) caseload.getBody().get("people")).stream()
                .collect(java.util.stream.Collectors.toMap(entry -> (String) entry.get("personId"), entry -> entry));
    }

    private static List<String> personIds(ResponseEntity<Map> caseload) {
        return List.copyOf(entries(caseload).keySet());
    }

    private int storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Integer.class);
    }
}
