package org.haian.strata.liaison.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry of people through liaison-service's own HTTP API: each change's happy path, its refusals (a 400 that
 * names the field, 403, 404, 409, always problem+json) and that a refused change stores nothing.
 */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleRegistryIT {

    private static final String PEOPLE = "/api/liaison/people";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    // --- registration and duplicates ---

    @Test
    void aDuplicateRegistrationIsA409PointingAtThePersonAlreadyRegisteredAndStoresNothing() {
        String organisation = "Libao Elites " + UUID.randomUUID();
        String existing = register("city-admin", "Lu Kehu", "libao", organisation);
        int before = storedEvents();

        ResponseEntity<Map> again = as("officer-libao").post(PEOPLE, """
                {"name":"  lu   KEHU ","category":"NEW_MEDIA","organisation":"%s"}"""
                .formatted(organisation.toUpperCase()));

        assertProblem(again, HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("existingPersonId", existing);
        assertThat(again.getHeaders().getLocation()).hasToString(PEOPLE + "/" + existing);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theSameNameAndOrganisationInAnotherTownshipIsSomeoneElse() {
        String organisation = "Hai'an Accountants " + UUID.randomUUID();
        register("city-admin", "Wang Fang", "libao", organisation);

        assertThat(as("city-admin").post(PEOPLE, person("Wang Fang", "qutang", organisation)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void peopleWithoutAnOrganisationAreNeverTakenForOneAnother() {
        String name = "Namesake " + UUID.randomUUID();

        register("city-admin", name, "libao", null);

        assertThat(as("city-admin").post(PEOPLE, person(name, "libao", null)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anArchivedPersonFreesTheirNameForANewRegistration() {
        String organisation = "Qutang Studio " + UUID.randomUUID();
        String left = register("city-admin", "Chen Jie", "qutang", organisation);
        assertThat(as("officer-qutang").post(PEOPLE + "/" + left + "/archive", "{\"reason\":\"left Hai'an\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(as("officer-qutang").post(PEOPLE, person("Chen Jie", "qutang", organisation)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void registrationsOfTheSamePersonRacingEachOtherEnterThemOnceAndTheRestPointAtThem() throws Exception {
        String body = person("Racer", "dagong", "Dagong Cooperative " + UUID.randomUUID());
        int before = storedEvents();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<ResponseEntity<Map>>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(() -> as("city-admin").post(PEOPLE, body));
        }
        List<ResponseEntity<Map>> answers = new ArrayList<>();
        for (Future<ResponseEntity<Map>> answer : pool.invokeAll(attempts)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        List<ResponseEntity<Map>> created = answers.stream()
                .filter(a -> a.getStatusCode() == HttpStatus.CREATED).toList();
        assertThat(created).hasSize(1);
        String winner = (String) created.get(0).getBody().get("personId");
        assertThat(answers).filteredOn(a -> a.getStatusCode() != HttpStatus.CREATED).hasSize(5).allSatisfy(a -> {
            assertProblem(a, HttpStatus.CONFLICT);
            assertThat(a.getBody()).containsEntry("existingPersonId", winner);
        });
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aProfileChangeOntoAnotherPersonsNameAndOrganisationIsA409AndStoresNothing() {
        String organisation = "Baidian Tax " + UUID.randomUUID();
        register("city-admin", "Zhou Lan", "baidian", organisation);
        String namesake = register("city-admin", "Zhou Lan", "baidian", "Another firm " + UUID.randomUUID());
        int before = storedEvents();

        ResponseEntity<Map> response = as("city-admin").put(PEOPLE + "/" + namesake + "/profile",
                "{\"organisation\":\"" + organisation + "\"}");

        assertProblem(response, HttpStatus.CONFLICT);
        assertThat(storedEvents()).isEqualTo(before);
    }

    // --- search ---

    @Test
    void aTownshipOfficersSearchIsConfinedToTheirTownshipAndNamingAnotherIsRefused() {
        String organisation = "Search Confinement " + UUID.randomUUID();
        register("city-admin", "In Libao", "libao", organisation);
        register("city-admin", "In Qutang", "qutang", organisation);
        String query = PEOPLE + "?organisation=" + organisation;

        await().untilAsserted(() -> assertThat(names(as("city-admin").get(query)))
                .containsExactly("In Libao", "In Qutang"));
        assertThat(names(as("officer-libao").get(query))).containsExactly("In Libao");
        assertThat(names(as("officer-libao").get(query + "&township=libao"))).containsExactly("In Libao");
        assertProblem(as("officer-libao").get(query + "&township=qutang"), HttpStatus.FORBIDDEN);
        assertProblem(as("cadre-libao").get(query), HttpStatus.FORBIDDEN);
        assertProblem(as("analyst").get(query), HttpStatus.FORBIDDEN);
    }

    @Test
    void aSearchFiltersByCategoryNameFragmentAndRepresentativeFlagAndPagesStablyByNameThenId() {
        String organisation = "Search Paging " + UUID.randomUUID();
        String c = register("city-admin", "Cao Li", "chengdong", organisation, "FREELANCER");
        String b1 = register("city-admin", "Bai Yun", "chengdong", organisation);
        String b2 = register("city-admin", "Bai Yun", "qutang", organisation);
        String a = register("city-admin", "An Ning", "chengdong", organisation);
        as("city-admin").put(PEOPLE + "/" + c + "/representative", null);
        String query = PEOPLE + "?organisation=" + organisation;
        await().untilAsserted(() -> assertThat(names(as("city-admin").get(query + "&representative=true")))
                .containsExactly("Cao Li"));

        Map<String, Object> first = as("city-admin").get(query + "&size=2").getBody();
        Map<String, Object> second = as("city-admin").get(query + "&size=2&page=1").getBody();

        assertThat(first).containsEntry("total", 4).containsEntry("page", 0).containsEntry("size", 2);
        assertThat(ids(first)).containsExactly(a, min(b1, b2));
        assertThat(ids(second)).containsExactly(max(b1, b2), c);
        assertThat(names(as("city-admin").get(query + "&name=YUN"))).containsExactly("Bai Yun", "Bai Yun");
        assertThat(names(as("city-admin").get(query + "&category=FREELANCER"))).containsExactly("Cao Li");
        assertThat(names(as("city-admin").get(query + "&representative=false"))).hasSize(3);
    }

    @Test
    void aSearchWithBadCriteriaIsRefusedNamingTheCriterion() {
        assertInvalid(as("city-admin").get(PEOPLE + "?size=101"), "size");
        assertInvalid(as("city-admin").get(PEOPLE + "?page=-1"), "page");
        assertInvalid(as("city-admin").get(PEOPLE + "?category=ASTRONAUT"), "category");
        assertInvalid(as("city-admin").get(PEOPLE + "?township=atlantis"), "township");
    }

    // --- the person's page and its changes ---

    @Test
    void aProfileUpdateShowsOnThePersonsPage() {
        String personId = register("officer-libao", "Sun Hao", "libao", "Libao Media " + UUID.randomUUID());

        ResponseEntity<Map> updated = as("officer-libao").put(PEOPLE + "/" + personId + "/profile", """
                {"organisation":"Libao Daily %s","role":"editor","phone":"+86 513 8888 1234",
                 "email":"sun@example.org","wechat":"sunhao"}""".formatted(personId));

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody()).containsEntry("personId", personId);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).getBody())
                .containsEntry("organisation", "Libao Daily " + personId)
                .containsEntry("role", "editor")
                .containsEntry("phone", "+86 513 8888 1234")
                .containsEntry("email", "sun@example.org")
                .containsEntry("wechat", "sunhao"));
    }

    @Test
    void aBadProfileIsRefusedNamingTheFieldAndStoresNothing() {
        String personId = register("officer-libao", "Sun Hao", "libao", null);
        int before = storedEvents();

        assertInvalid(as("officer-libao").put(PEOPLE + "/" + personId + "/profile", "{\"email\":\"not-an-address\"}"),
                "email");
        assertInvalid(as("officer-libao").put(PEOPLE + "/" + personId + "/profile",
                "{\"role\":\"" + "r".repeat(101) + "\"}"), "role");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anotherTownshipsPersonIsNotFoundForAnOfficersChangesAndNothingIsStored() {
        String personId = register("city-admin", "Li Na", "libao", null);
        int before = storedEvents();

        assertProblem(as("officer-qutang").put(PEOPLE + "/" + personId + "/profile", "{\"role\":\"x\"}"),
                HttpStatus.NOT_FOUND);
        assertProblem(as("officer-qutang").post(PEOPLE + "/" + personId + "/category",
                "{\"category\":\"FREELANCER\"}"), HttpStatus.NOT_FOUND);
        assertProblem(as("officer-qutang").put(PEOPLE + "/" + personId + "/representative", null),
                HttpStatus.NOT_FOUND);
        assertProblem(as("officer-qutang").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\"x\"}"),
                HttpStatus.NOT_FOUND);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void cadresAndAnalystsChangeNobodyAndAnUnknownPersonIsNotFound() {
        String personId = register("city-admin", "Ma Lin", "libao", null);
        int before = storedEvents();

        assertProblem(as("cadre-libao").post(PEOPLE + "/" + personId + "/category", "{\"category\":\"FREELANCER\"}"),
                HttpStatus.FORBIDDEN);
        assertProblem(as("analyst").put(PEOPLE + "/" + personId + "/representative", null), HttpStatus.FORBIDDEN);
        assertProblem(as("city-admin").post(PEOPLE + "/" + UUID.randomUUID() + "/category",
                "{\"category\":\"FREELANCER\"}"), HttpStatus.NOT_FOUND);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyTheCityMovesAPersonAndTheyThenBelongToTheirNewTownship() {
        String personId = register("city-admin", "Gu Yi", "libao", null);
        int before = storedEvents();

        assertProblem(as("officer-libao").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"qutang\"}"),
                HttpStatus.FORBIDDEN);
        assertInvalid(as("city-admin").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"atlantis\"}"),
                "township");
        assertProblem(as("city-admin").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"libao\"}"),
                HttpStatus.CONFLICT);
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(as("city-admin").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"qutang\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        await().untilAsserted(() -> assertThat(as("officer-qutang").get(PEOPLE + "/" + personId).getStatusCode())
                .isEqualTo(HttpStatus.OK));
        assertThat(as("officer-libao").get(PEOPLE + "/" + personId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCategoryChangeShowsAndTheSameCategoryAgainIsA409() {
        String personId = register("officer-libao", "He Tao", "libao", null);

        assertThat(as("officer-libao").post(PEOPLE + "/" + personId + "/category", "{\"category\":\"FREELANCER\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertInvalid(as("officer-libao").post(PEOPLE + "/" + personId + "/category", "{\"category\":\"PILOT\"}"),
                "category");
        assertProblem(as("officer-libao").post(PEOPLE + "/" + personId + "/category",
                "{\"category\":\"FREELANCER\"}"), HttpStatus.CONFLICT);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).getBody())
                .containsEntry("category", "FREELANCER"));
    }

    @Test
    void aRepresentativeFigureIsDesignatedAndWithdrawnButNotTwice() {
        String personId = register("officer-libao", "Xia Yu", "libao", null);
        String flag = PEOPLE + "/" + personId + "/representative";

        assertThat(as("officer-libao").put(flag, null).getBody()).containsEntry("personId", personId);
        assertProblem(as("officer-libao").put(flag, null), HttpStatus.CONFLICT);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).getBody())
                .containsEntry("representative", true));

        assertThat(as("officer-libao").delete(flag).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(as("officer-libao").delete(flag), HttpStatus.CONFLICT);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).getBody())
                .containsEntry("representative", false));
    }

    @Test
    void aPoliticalArrangementShowsOnThePersonsPageAndAnIncompleteOneIsRefusedNamingTheField() {
        String personId = register("officer-libao", "Yao Jun", "libao", null);
        String arrangements = PEOPLE + "/" + personId + "/political-arrangements";
        int before = storedEvents();

        assertInvalid(as("officer-libao").post(arrangements, """
                {"body":"CPPCC","termStart":"2022-01-01"}"""), "level");
        assertInvalid(as("officer-libao").post(arrangements, """
                {"body":"CPPCC","level":"CITY","termStart":"2022-01-01","termEnd":"2021-12-31"}"""), "termEnd");
        assertInvalid(as("officer-libao").post(arrangements, """
                {"body":"OTHER","level":"TOWNSHIP","termStart":"2022-01-01"}"""), "post");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(as("officer-libao").post(arrangements, """
                {"body":"PEOPLES_CONGRESS","level":"CITY","post":"deputy","termStart":"2022-01-01",
                 "termEnd":"2026-12-31"}""").getStatusCode()).isEqualTo(HttpStatus.OK);
        await().untilAsserted(() -> assertThat((List<Map<String, Object>>) as("officer-libao")
                .get(PEOPLE + "/" + personId).getBody().get("politicalArrangements")).containsExactly(Map.of(
                "body", "PEOPLES_CONGRESS", "level", "CITY", "post", "deputy", "termStart", "2022-01-01",
                "termEnd", "2026-12-31")));
    }

    @Test
    void anArchivedPersonNeedsAReasonLeavesTheSearchAndTakesNoFurtherChange() {
        String organisation = "Archive " + UUID.randomUUID();
        String personId = register("officer-libao", "Lin Feng", "libao", organisation);

        assertInvalid(as("officer-libao").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\" \"}"), "reason");
        assertThat(as("officer-libao").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\"moved to Nantong\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(as("officer-libao").post(PEOPLE + "/" + personId + "/category",
                "{\"category\":\"FREELANCER\"}"), HttpStatus.CONFLICT);

        String query = PEOPLE + "?organisation=" + organisation;
        await().untilAsserted(() -> assertThat(names(as("officer-libao").get(query + "&archived=true")))
                .containsExactly("Lin Feng"));
        assertThat(names(as("officer-libao").get(query))).isEmpty();
        assertThat(as("officer-libao").get(PEOPLE + "/" + personId).getBody())
                .containsEntry("archived", true).containsEntry("archiveReason", "moved to Nantong");
    }

    private String register(String user, String name, String township, String organisation) {
        return register(user, name, township, organisation, "ENTERPRISE_STAFF");
    }

    private String register(String user, String name, String township, String organisation, String category) {
        ResponseEntity<Map> created = as(user).post(PEOPLE, """
                {"name":"%s","category":"%s","township":"%s"%s}""".formatted(name, category, township,
                organisation == null ? "" : ",\"organisation\":\"" + organisation + "\""));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("personId");
    }

    private static String person(String name, String township, String organisation) {
        return """
                {"name":"%s","category":"ENTERPRISE_STAFF","township":"%s"%s}""".formatted(name, township,
                organisation == null ? "" : ",\"organisation\":\"" + organisation + "\"");
    }

    private static String min(String one, String other) {
        return one.compareTo(other) < 0 ? one : other;
    }

    private static String max(String one, String other) {
        return one.compareTo(other) < 0 ? other : one;
    }

    private ServiceClient.Caller as(String user) {
        return new ServiceClient(http, jdbc).as(user);
    }

    private static List<String> names(ResponseEntity<Map> page) {
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) page.getBody().get("items")).stream()
                .map(item -> (String) item.get("name")).toList();
    }

    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(item -> (String) item.get("personId")).toList();
    }

    static void assertProblem(ResponseEntity<Map> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static void assertInvalid(ResponseEntity<Map> response, String field) {
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", field).containsKey("reason"));
    }

    private int storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Integer.class);
    }
}
