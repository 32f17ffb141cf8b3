package org.haian.strata.liaison.web.people;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.liaison.api.people.PeoplePage;
import org.haian.strata.liaison.api.people.PersonSummary;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.liaison.projection.PersonIdentities;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.haian.strata.testsupport.StoredEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry of people through liaison-service's own HTTP API: each change's happy path, its refusals (a 400 that
 * names the field, 403, 404, 409, always problem+json) and that a refused change stores nothing.
 */
@ServiceIT
class PeopleRegistryIT {

    private static final String PEOPLE = "/api/liaison/people";

    @Autowired
    ServiceClient service;
    @Autowired
    StoredEvents events;
    @Autowired
    PersonIdentities identities;
    @Autowired
    JdbcTemplate jdbc;

    // --- registration and duplicates ---

    @Test
    void theDuplicateRuleHoldsForPeopleWhoseRowsAreMissingOrBehindAfterARestore() {
        String organisation = "Restored Firm " + UUID.randomUUID();
        String registered = register("city-admin", "Gu Ming", "libao", organisation);
        String moved = register("city-admin", "Ma Lin", "libao", organisation);
        as("city-admin").post(PEOPLE + "/" + moved + "/move", "{\"township\":\"qutang\"}").expect(200);
        // given: the table as an older backup left it, without the first person and before the second one's move
        jdbc.update("DELETE FROM person_identity WHERE person_id = ?", registered);
        jdbc.update("UPDATE person_identity SET township = 'libao', last_sequence = NULL WHERE person_id = ?", moved);

        // when: the service starts on it
        identities.afterSingletonsInstantiated();

        // then: both are known again, each where their events leave them
        service.storesNothing(() -> as("city-admin").post(PEOPLE, person("Gu Ming", "libao", organisation)))
                .expectProblem(409, "name");
        assertThat(as("city-admin").post(PEOPLE, person("Gu Ming", "libao", organisation)).text("existingPersonId"))
                .isEqualTo(registered);
        assertThat(as("city-admin").post(PEOPLE, person("Ma Lin", "qutang", organisation)).text("existingPersonId"))
                .isEqualTo(moved);
        register("city-admin", "Ma Lin", "libao", organisation);
    }

    @Test
    void aDuplicateRegistrationIsA409PointingAtThePersonAlreadyRegisteredAndStoresNothing() {
        String organisation = "Libao Elites " + UUID.randomUUID();
        String existing = register("city-admin", "Lu Kehu", "libao", organisation);
        long before = events.count();

        Reply again = as("officer-libao").post(PEOPLE, """
                {"name":"  lu   KEHU ","category":"NEW_MEDIA","organisation":"%s"}"""
                .formatted(organisation.toUpperCase()));

        again.expectProblem(409);
        assertThat(again.map()).containsEntry("existingPersonId", existing);
        assertThat(again.location()).isEqualTo(PEOPLE + "/" + existing);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void theSameNameAndOrganisationInAnotherTownshipIsSomeoneElse() {
        String organisation = "Hai'an Accountants " + UUID.randomUUID();
        register("city-admin", "Wang Fang", "libao", organisation);

        assertThat(as("city-admin").post(PEOPLE, person("Wang Fang", "qutang", organisation)).status())
                .isEqualTo(201);
    }

    @Test
    void peopleWithoutAnOrganisationAreNeverTakenForOneAnother() {
        String name = "Namesake " + UUID.randomUUID();

        register("city-admin", name, "libao", null);

        assertThat(as("city-admin").post(PEOPLE, person(name, "libao", null)).status())
                .isEqualTo(201);
    }

    @Test
    void anArchivedPersonFreesTheirNameForANewRegistration() {
        String organisation = "Qutang Studio " + UUID.randomUUID();
        String left = register("city-admin", "Chen Jie", "qutang", organisation);
        assertThat(as("officer-qutang").post(PEOPLE + "/" + left + "/archive", "{\"reason\":\"left Hai'an\"}")
                .status()).isEqualTo(200);

        assertThat(as("officer-qutang").post(PEOPLE, person("Chen Jie", "qutang", organisation)).status())
                .isEqualTo(201);
    }

    @Test
    void registrationsOfTheSamePersonRacingEachOtherEnterThemOnceAndTheRestPointAtThem() throws Exception {
        String body = person("Racer", "dagong", "Dagong Cooperative " + UUID.randomUUID());
        long before = events.count();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(() -> as("city-admin").post(PEOPLE, body));
        }
        List<Reply> answers = new ArrayList<>();
        for (Future<Reply> answer : pool.invokeAll(attempts)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        List<Reply> created = answers.stream()
                .filter(a -> a.status() == 201).toList();
        assertThat(created).hasSize(1);
        String winner = created.get(0).text("personId");
        assertThat(answers).filteredOn(a -> a.status() != 201).hasSize(5).allSatisfy(a -> {
            a.expectProblem(409);
            assertThat(a.map()).containsEntry("existingPersonId", winner);
        });
        assertThat(events.count()).isEqualTo(before + 1);
    }

    @Test
    void aProfileChangeOntoAnotherPersonsNameAndOrganisationIsA409AndStoresNothing() {
        String organisation = "Baidian Tax " + UUID.randomUUID();
        register("city-admin", "Zhou Lan", "baidian", organisation);
        String namesake = register("city-admin", "Zhou Lan", "baidian", "Another firm " + UUID.randomUUID());
        long before = events.count();

        Reply response = as("city-admin").put(PEOPLE + "/" + namesake + "/profile",
                "{\"organisation\":\"" + organisation + "\"}");

        response.expectProblem(409);
        assertThat(events.count()).isEqualTo(before);
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
        as("officer-libao").get(query + "&township=qutang").expectProblem(403);
        as("cadre-libao").get(query).expectProblem(403);
        as("analyst").get(query).expectProblem(403);
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

        PeoplePage first = as("city-admin").get(query + "&size=2").as(PeoplePage.class);
        PeoplePage second = as("city-admin").get(query + "&size=2&page=1").as(PeoplePage.class);

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(a, min(b1, b2));
        assertThat(ids(second)).containsExactly(max(b1, b2), c);
        assertThat(names(as("city-admin").get(query + "&name=YUN"))).containsExactly("Bai Yun", "Bai Yun");
        assertThat(names(as("city-admin").get(query + "&category=FREELANCER"))).containsExactly("Cao Li");
        assertThat(names(as("city-admin").get(query + "&representative=false"))).hasSize(3);
    }

    @Test
    void aSearchWithBadCriteriaIsRefusedNamingTheCriterion() {
        as("city-admin").get(PEOPLE + "?size=101").expectProblem(400, "size");
        as("city-admin").get(PEOPLE + "?page=-1").expectProblem(400, "page");
        as("city-admin").get(PEOPLE + "?category=ASTRONAUT").expectProblem(400, "category");
        as("city-admin").get(PEOPLE + "?township=atlantis").expectProblem(400, "township");
    }

    // --- the person's page and its changes ---

    @Test
    void aProfileUpdateShowsOnThePersonsPage() {
        String personId = register("officer-libao", "Sun Hao", "libao", "Libao Media " + UUID.randomUUID());

        Reply updated = as("officer-libao").put(PEOPLE + "/" + personId + "/profile", """
                {"organisation":"Libao Daily %s","role":"editor","phone":"+86 513 8888 1234",
                 "email":"sun@example.org","wechat":"sunhao"}""".formatted(personId));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.map()).containsEntry("personId", personId);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).map())
                .containsEntry("organisation", "Libao Daily " + personId)
                .containsEntry("role", "editor")
                .containsEntry("phone", "+86 513 8888 1234")
                .containsEntry("email", "sun@example.org")
                .containsEntry("wechat", "sunhao"));
    }

    @Test
    void aBadProfileIsRefusedNamingTheFieldAndStoresNothing() {
        String personId = register("officer-libao", "Sun Hao", "libao", null);
        long before = events.count();

        as("officer-libao").put(PEOPLE + "/" + personId + "/profile", "{\"email\":\"not-an-address\"}").expectProblem(400, "email");
        as("officer-libao").put(PEOPLE + "/" + personId + "/profile",
                "{\"role\":\"" + "r".repeat(101) + "\"}").expectProblem(400, "role");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anotherTownshipsPersonIsNotFoundForAnOfficersChangesAndNothingIsStored() {
        String personId = register("city-admin", "Li Na", "libao", null);
        long before = events.count();

        as("officer-qutang").put(PEOPLE + "/" + personId + "/profile", "{\"role\":\"x\"}").expectProblem(404);
        as("officer-qutang").post(PEOPLE + "/" + personId + "/category",
                "{\"category\":\"FREELANCER\"}").expectProblem(404);
        as("officer-qutang").put(PEOPLE + "/" + personId + "/representative", null).expectProblem(404);
        as("officer-qutang").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\"x\"}").expectProblem(404);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void cadresAndAnalystsChangeNobodyAndAnUnknownPersonIsNotFound() {
        String personId = register("city-admin", "Ma Lin", "libao", null);
        long before = events.count();

        as("cadre-libao").post(PEOPLE + "/" + personId + "/category", "{\"category\":\"FREELANCER\"}").expectProblem(403);
        as("analyst").put(PEOPLE + "/" + personId + "/representative", null).expectProblem(403);
        as("city-admin").post(PEOPLE + "/" + UUID.randomUUID() + "/category",
                "{\"category\":\"FREELANCER\"}").expectProblem(404);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void onlyTheCityMovesAPersonAndTheyThenBelongToTheirNewTownship() {
        String personId = register("city-admin", "Gu Yi", "libao", null);
        long before = events.count();

        as("officer-libao").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"qutang\"}").expectProblem(403);
        as("city-admin").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"atlantis\"}").expectProblem(400, "township");
        as("city-admin").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"libao\"}").expectProblem(409);
        assertThat(events.count()).isEqualTo(before);

        assertThat(as("city-admin").post(PEOPLE + "/" + personId + "/move", "{\"township\":\"qutang\"}")
                .status()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(as("officer-qutang").get(PEOPLE + "/" + personId).status())
                .isEqualTo(200));
        assertThat(as("officer-libao").get(PEOPLE + "/" + personId).status()).isEqualTo(404);
    }

    @Test
    void aCategoryChangeShowsAndTheSameCategoryAgainIsA409() {
        String personId = register("officer-libao", "He Tao", "libao", null);

        assertThat(as("officer-libao").post(PEOPLE + "/" + personId + "/category", "{\"category\":\"FREELANCER\"}")
                .status()).isEqualTo(200);
        as("officer-libao").post(PEOPLE + "/" + personId + "/category", "{\"category\":\"PILOT\"}").expectProblem(400, "category");
        as("officer-libao").post(PEOPLE + "/" + personId + "/category",
                "{\"category\":\"FREELANCER\"}").expectProblem(409);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).map())
                .containsEntry("category", "FREELANCER"));
    }

    @Test
    void aRepresentativeFigureIsDesignatedAndWithdrawnButNotTwice() {
        String personId = register("officer-libao", "Xia Yu", "libao", null);
        String flag = PEOPLE + "/" + personId + "/representative";

        assertThat(as("officer-libao").put(flag, null).map()).containsEntry("personId", personId);
        as("officer-libao").put(flag, null).expectProblem(409);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).map())
                .containsEntry("representative", true));

        assertThat(as("officer-libao").delete(flag).status()).isEqualTo(200);
        as("officer-libao").delete(flag).expectProblem(409);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId).map())
                .containsEntry("representative", false));
    }

    @Test
    void aPoliticalArrangementShowsOnThePersonsPageAndAnIncompleteOneIsRefusedNamingTheField() {
        String personId = register("officer-libao", "Yao Jun", "libao", null);
        String arrangements = PEOPLE + "/" + personId + "/political-arrangements";
        long before = events.count();

        as("officer-libao").post(arrangements, """
                {"body":"CPPCC","termStart":"2022-01-01"}""").expectProblem(400, "level");
        as("officer-libao").post(arrangements, """
                {"body":"CPPCC","level":"CITY","termStart":"2022-01-01","termEnd":"2021-12-31"}""").expectProblem(400, "termEnd");
        as("officer-libao").post(arrangements, """
                {"body":"OTHER","level":"TOWNSHIP","termStart":"2022-01-01"}""").expectProblem(400, "post");
        assertThat(events.count()).isEqualTo(before);

        assertThat(as("officer-libao").post(arrangements, """
                {"body":"PEOPLES_CONGRESS","level":"CITY","post":"deputy","termStart":"2022-01-01",
                 "termEnd":"2026-12-31"}""").status()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(as("officer-libao").get(PEOPLE + "/" + personId)
                .as(PersonView.class).politicalArrangements()).containsExactly(new PersonView.Arrangement(
                ArrangementBody.PEOPLES_CONGRESS, ArrangementLevel.CITY, "deputy", LocalDate.of(2022, 1, 1),
                LocalDate.of(2026, 12, 31))));
    }

    @Test
    void anArchivedPersonNeedsAReasonLeavesTheSearchAndTakesNoFurtherChange() {
        String organisation = "Archive " + UUID.randomUUID();
        String personId = register("officer-libao", "Lin Feng", "libao", organisation);

        as("officer-libao").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\" \"}").expectProblem(400, "reason");
        assertThat(as("officer-libao").post(PEOPLE + "/" + personId + "/archive", "{\"reason\":\"moved to Nantong\"}")
                .status()).isEqualTo(200);
        as("officer-libao").post(PEOPLE + "/" + personId + "/category",
                "{\"category\":\"FREELANCER\"}").expectProblem(409);

        String query = PEOPLE + "?organisation=" + organisation;
        await().untilAsserted(() -> assertThat(names(as("officer-libao").get(query + "&archived=true")))
                .containsExactly("Lin Feng"));
        assertThat(names(as("officer-libao").get(query))).isEmpty();
        assertThat(as("officer-libao").get(PEOPLE + "/" + personId).map())
                .containsEntry("archived", true).containsEntry("archiveReason", "moved to Nantong");
    }

    private String register(String user, String name, String township, String organisation) {
        return register(user, name, township, organisation, "ENTERPRISE_STAFF");
    }

    private String register(String user, String name, String township, String organisation, String category) {
        Reply created = as(user).post(PEOPLE, """
                {"name":"%s","category":"%s","township":"%s"%s}""".formatted(name, category, township,
                organisation == null ? "" : ",\"organisation\":\"" + organisation + "\""));
        assertThat(created.status()).as(String.valueOf(created.map())).isEqualTo(201);
        return created.text("personId");
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

    private Caller as(String user) {
        return service.as(user);
    }

    private static List<String> names(Reply page) {
        return page.expect(200).as(PeoplePage.class).items().stream().map(PersonSummary::name).toList();
    }

    private static List<String> ids(PeoplePage page) {
        return page.items().stream().map(PersonSummary::personId).toList();
    }

}
