package org.haian.strata.liaison.web.listedliaison;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.liaison.api.listedliaison.Caseload;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.haian.strata.testsupport.StoredEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cadre registry and listed liaison (列名联系) through liaison-service's own HTTP API: registering cadres,
 * assigning and ending, logging contacts, and a cadre's list with its overdue flags, each with its refusals and
 * the township rules. The seeded users {@code cadre-libao} and {@code cadre-qutang} sign in with their cadre ids.
 */
@ServiceIT
class ListedLiaisonIT {

    private static final String PEOPLE = "/api/liaison/people";
    private static final String CADRES = "/api/liaison/cadres";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ServiceClient service;
    @Autowired
    StoredEvents events;

    /** The seeded cadres are in the registry (once per JVM, whichever test class registers them first). */
    @BeforeEach
    void seededCadresAreRegistered() {
        for (String township : List.of("libao", "qutang")) {
            String cadreId = "cadre-" + township;
            Reply answer = as("city-admin").post(CADRES, """
                    {"cadreId":"%s","name":"Cadre of %s","level":"TOWNSHIP","township":"%s"}"""
                    .formatted(cadreId, township, township));
            assertThat(answer.status()).isIn(201, 409);
            awaitCadre(cadreId);
        }
    }

    // --- the cadre registry ---

    @Test
    void theCityRegistersACityLevelCadreAndAnOfficerATownshipCadreOfTheirOwnTownship() {
        String mayor = newCadreId();
        Reply city = as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"Mayor","level":"CITY_LEADERSHIP","post":"deputy mayor"}""".formatted(mayor));
        String deputy = newCadreId();
        Reply officer = as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Deputy","level":"TOWNSHIP"}""".formatted(deputy));

        assertThat(city.status()).isEqualTo(201);
        assertThat(city.location()).isEqualTo(CADRES + "/" + mayor);
        assertThat(city.map()).containsEntry("cadreId", mayor);
        assertThat(officer.status()).isEqualTo(201);
        assertThat(awaitCadre(deputy)).containsEntry("township", "libao").containsEntry("level", "TOWNSHIP");
        assertThat(awaitCadre(mayor)).containsEntry("post", "deputy mayor").containsEntry("township", null);
    }

    @Test
    void aCadresHistoryShowsWhoRegisteredThemToThoseWhoMaySeeTheCadre() {
        String deputy = newCadreId();
        as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Deputy","level":"TOWNSHIP"}""".formatted(deputy));
        awaitCadre(deputy);

        Reply history = as("city-admin").get(CADRES + "/" + deputy + "/history");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.list().get(0)).containsEntry("event", "CadreRegistered")
                .containsEntry("actingUser", "officer-libao");
        assertThat(as("officer-qutang").get(CADRES + "/" + deputy + "/history").status())
                .isEqualTo(404);
    }

    @Test
    void aCadreRegistrationOutsideTheCallersReachOrWithBadInputIsRefusedAndStoresNothing() {
        long before = events.count();

        as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Mayor","level":"CITY_LEADERSHIP"}""".formatted(newCadreId())).expectProblem(403);
        as("officer-libao").post(CADRES, """
                {"cadreId":"%s","name":"Q","level":"TOWNSHIP","township":"qutang"}""".formatted(newCadreId())).expectProblem(403);
        as("cadre-libao").post(CADRES, """
                {"cadreId":"%s","name":"Me","level":"TOWNSHIP"}""".formatted(newCadreId())).expectProblem(403);
        as("city-admin").post(CADRES, """
                {"cadreId":"Not A Sign-in Name","name":"X","level":"DEPARTMENT"}""").expectProblem(400, "cadreId");
        as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"X","level":"TOWNSHIP"}""".formatted(newCadreId())).expectProblem(400, "township");
        as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"X","level":"DEPARTMENT","township":"libao"}""".formatted(newCadreId())).expectProblem(400, "township");
        as("city-admin").post(CADRES, """
                {"cadreId":"cadre-libao","name":"Again","level":"TOWNSHIP","township":"libao"}""").expectProblem(409);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anOfficerSeesTheirTownshipsCadresAndTheCityLevelOnesAndACadreOnlyThemselves() {
        String department = newCadreId();
        as("city-admin").post(CADRES, """
                {"cadreId":"%s","name":"United Front Dept","level":"DEPARTMENT"}""".formatted(department));
        awaitCadre(department);

        List<String> seenByLibao = cadreIds(as("officer-libao").get(CADRES).list());
        assertThat(seenByLibao).contains("cadre-libao", department).doesNotContain("cadre-qutang");
        assertThat(cadreIds(as("city-admin").get(CADRES).list())).contains("cadre-libao", "cadre-qutang");
        as("officer-libao").get(CADRES + "/cadre-qutang").expectProblem(404);
        assertThat(as("officer-libao").get(CADRES + "/" + department).status()).isEqualTo(200);
        assertThat(as("cadre-libao").get(CADRES + "/cadre-libao").status()).isEqualTo(200);
        as("cadre-libao").get(CADRES + "/cadre-qutang").expectProblem(403);
        as("cadre-libao").get(CADRES).expectProblem(403);
        as("analyst").get(CADRES + "/cadre-libao").expectProblem(403);
    }

    // --- assignment ---

    @Test
    void aCadreIsAssignedWithTheLevelFromTheRegistryAndThenReadsThePersonAndTheirHistory() {
        String personId = register("libao");
        as("cadre-libao").get(PEOPLE + "/" + personId).expectProblem(404);

        Reply assigned = as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY.minusDays(10)));

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.map()).containsEntry("personId", personId).containsEntry("cadreId", "cadre-libao");
        await().untilAsserted(() -> assertThat(as("cadre-libao").get(PEOPLE + "/" + personId)
                .as(PersonView.class).cadres()).containsExactly(
                new PersonView.Liaison("cadre-libao", CadreLevel.TOWNSHIP, TODAY.minusDays(10), null)));
        assertThat(as("cadre-libao").get(PEOPLE + "/" + personId + "/history").status())
                .isEqualTo(200);
        as("cadre-qutang").get(PEOPLE + "/" + personId).expectProblem(404);
        as("cadre-qutang").get(PEOPLE + "/" + personId + "/history").expectProblem(404);
    }

    @Test
    void anAssignmentOfAnUnknownOrUnreachableCadreOrOfTheSameCadreTwiceIsRefusedAndStoresNothing() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY);
        long before = events.count();

        Reply unknown = as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"nobody-%s","since":"%s"}""".formatted(UUID.randomUUID(), TODAY));
        unknown.expectProblem(404, "cadreId");
        as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-qutang","since":"%s"}""".formatted(TODAY)).expectProblem(404);
        as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)).expectProblem(409);
        as("officer-qutang").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-qutang","since":"%s"}""".formatted(TODAY)).expectProblem(404);
        as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao"}""").expectProblem(400, "since");
        as("cadre-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)).expectProblem(403);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anEndedAssignmentTakesThePersonOutOfTheCadresReachAndCannotBeEndedTwice() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY);
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + personId).status() == 200);

        Reply ended = as("officer-libao").delete(PEOPLE + "/" + personId + "/liaisons/cadre-libao");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.map()).containsEntry("personId", personId).containsEntry("cadreId", "cadre-libao");
        as("officer-libao").delete(PEOPLE + "/" + personId + "/liaisons/cadre-libao").expectProblem(409);
        as("cadre-libao").get(PEOPLE + "/" + personId + "/history").expectProblem(404);
        await().untilAsserted(() -> as("cadre-libao").get(PEOPLE + "/" + personId).expectProblem(404));
        assertThat(personIds(as("cadre-libao").get(CADRES + "/cadre-libao/people"))).doesNotContain(personId);
    }

    @Test
    void anArchivedPersonsLiaisonsEndAndTheyTakeNoNewAssignment() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY);
        as("officer-libao").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\"left the area\"}");
        long before = events.count();

        as("officer-libao").post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)).expectProblem(409);
        assertThat(events.count()).isEqualTo(before);
        await().untilAsserted(() -> assertThat(personIds(as("cadre-libao").get(CADRES + "/cadre-libao/people")))
                .doesNotContain(personId));
    }

    // --- contacts ---

    @Test
    void aCadreLogsAContactAsThemselvesAndItShowsOnThePersonsPage() {
        String personId = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY.minusDays(3));
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + personId).status() == 200);

        Reply logged = as("cadre-libao").post(PEOPLE + "/" + personId + "/contacts", """
                {"date":"%s","channel":"VISIT","notes":"tea at the workshop","issuesRaised":["parking","permits"]}"""
                .formatted(TODAY));

        assertThat(logged.status()).isEqualTo(200);
        assertThat(logged.map()).containsEntry("cadreId", "cadre-libao");
        await().untilAsserted(() -> assertThat(as("cadre-libao").get(PEOPLE + "/" + personId)
                .as(PersonView.class).contacts()).containsExactly(new PersonView.Contact("cadre-libao", TODAY,
                ContactChannel.VISIT, "tea at the workshop", List.of("parking", "permits"))));
    }

    @Test
    void aContactOnSomeoneElsesBehalfOrInTheFutureOrWithSomeoneNotAssignedIsRefusedAndStoresNothing() {
        String personId = register("libao");
        String stranger = register("libao");
        assign("officer-libao", personId, "cadre-libao", TODAY.minusDays(3));
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + personId).status() == 200);
        String contacts = PEOPLE + "/" + personId + "/contacts";
        long before = events.count();

        as("cadre-libao").post(contacts, """
                {"cadreId":"cadre-qutang","date":"%s","channel":"PHONE"}""".formatted(TODAY)).expectProblem(403);
        as("city-admin").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY)).expectProblem(400, "cadreId");
        as("cadre-libao").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY.plusDays(1))).expectProblem(400, "date");
        as("cadre-libao").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY.minusDays(4))).expectProblem(400, "date");
        as("cadre-libao").post(contacts, """
                {"date":"%s","channel":"TELEPATHY"}""".formatted(TODAY)).expectProblem(400, "channel");
        as("cadre-libao").post(PEOPLE + "/" + stranger + "/contacts", """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY)).expectProblem(404);
        as("cadre-qutang").post(contacts, """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY)).expectProblem(404);
        as("officer-libao").post(PEOPLE + "/" + stranger + "/contacts", """
                {"cadreId":"cadre-libao","date":"%s","channel":"PHONE"}""".formatted(TODAY)).expectProblem(409);
        assertThat(events.count()).isEqualTo(before);

        assertThat(as("officer-libao").post(contacts, """
                {"cadreId":"cadre-libao","date":"%s","channel":"MEETING"}""".formatted(TODAY)).status())
                .isEqualTo(200);
    }

    // --- a cadre's list ---

    @Test
    void aCadresListShowsTheLastContactAndFlagsThoseNotContactedWithinThePeriod() {
        String contacted = register("libao");
        String neglected = register("libao");
        assign("officer-libao", contacted, "cadre-libao", TODAY.minusDays(200));
        assign("officer-libao", neglected, "cadre-libao", TODAY.minusDays(200));
        await().until(() -> as("cadre-libao").get(PEOPLE + "/" + contacted).status() == 200);
        as("cadre-libao").post(PEOPLE + "/" + contacted + "/contacts", """
                {"date":"%s","channel":"ONLINE"}""".formatted(TODAY.minusDays(5)));

        await().untilAsserted(() -> {
            Map<String, Caseload.Entry> list = entries(as("cadre-libao").get(CADRES + "/cadre-libao/people"));
            Caseload.Entry keptInTouch = list.get(contacted);
            assertThat(keptInTouch.lastContact()).isEqualTo(TODAY.minusDays(5));
            assertThat(keptInTouch.overdue()).isFalse();
            assertThat(keptInTouch.since()).isEqualTo(TODAY.minusDays(200));
            assertThat(keptInTouch.township()).isEqualTo("libao");
            assertThat(keptInTouch.category()).isEqualTo(Category.NEW_MEDIA);
            assertThat(keptInTouch.name()).isNotBlank();
            assertThat(list.get(neglected).lastContact()).isNull();
            assertThat(list.get(neglected).overdue()).isTrue();
        });
        assertThat(as("cadre-libao").get(CADRES + "/cadre-libao/people").map())
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
        as("cadre-qutang").get(CADRES + "/cadre-libao/people").expectProblem(403);
        as("cadre-libao").get(list).expectProblem(403);
        as("officer-qutang").get(CADRES + "/cadre-libao/people").expectProblem(404);
        as("city-admin").get(CADRES + "/" + newCadreId() + "/people").expectProblem(404);
        as("analyst").get(list).expectProblem(403);
    }

    private String register(String township) {
        Reply created = as("city-admin").post(PEOPLE, """
                {"name":"Befriended %s","category":"NEW_MEDIA","township":"%s","organisation":"Studio"}"""
                .formatted(UUID.randomUUID(), township));
        assertThat(created.status()).isEqualTo(201);
        return created.text("personId");
    }

    private void assign(String user, String personId, String cadreId, LocalDate since) {
        Reply assigned = as(user).post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"%s","since":"%s"}""".formatted(cadreId, since));
        assertThat(assigned.status()).as(String.valueOf(assigned.map())).isEqualTo(200);
    }

    private Map<String, Object> awaitCadre(String cadreId) {
        return await().until(() -> as("city-admin").get(CADRES + "/" + cadreId),
                response -> response.status() == 200).map();
    }

    private static String newCadreId() {
        return "cadre." + UUID.randomUUID().toString().substring(0, 8);
    }

    private Caller as(String user) {
        return service.as(user);
    }

    private static List<String> cadreIds(List<Map<String, Object>> cadres) {
        return cadres.stream().map(cadre -> (String) cadre.get("cadreId")).toList();
    }

    private static Map<String, Caseload.Entry> entries(Reply caseload) {
        return caseload.expect(200).as(Caseload.class).people().stream()
                .collect(Collectors.toMap(Caseload.Entry::personId, entry -> entry));
    }

    private static List<String> personIds(Reply caseload) {
        return List.copyOf(entries(caseload).keySet());
    }

}
