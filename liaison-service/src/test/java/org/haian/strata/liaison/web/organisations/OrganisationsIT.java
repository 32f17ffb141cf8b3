package org.haian.strata.liaison.web.organisations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.liaison.api.organisations.OrganisationPage;
import org.haian.strata.liaison.api.organisations.OrganisationView;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.testsupport.ServiceClient.READ_SIDE;

/** The organisations registry (组织) over HTTP, called directly: the service applies the roles and townships itself. */
@ServiceIT
class OrganisationsIT {

    private static final String PATH = "/api/liaison/organisations";
    private static final String FIRM = """
            {"name":"%s","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY","township":"%s",
             "headcount":25,"influence":60}""";
    /** An organisation's details as an update replaces them; its kind never changes. */
    private static final String DETAILS = """
            {"name":"%s","category":"INTERMEDIARY","township":"%s","headcount":25,"influence":60}""";

    @Autowired
    ServiceClient service;

    @BeforeEach
    void setUp() {
    }

    @Test
    void theCityRegistersAnOrganisationInAnyTownshipAndReadsItBack() {
        Reply created = service.as("city-admin").post(PATH, """
                {"name":"Haian Online","kind":"MEDIA_OUTLET","category":"NEW_MEDIA","township":"qutang",
                 "headcount":12,"influence":70,"followers":52000}""");

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("organisationId");
        assertThat(created.location()).isEqualTo(PATH + "/" + id);
        assertThat(service.awaitReadable("city-admin", PATH + "/" + id).map())
                .containsEntry("organisationId", id)
                .containsEntry("name", "Haian Online")
                .containsEntry("kind", "MEDIA_OUTLET")
                .containsEntry("category", "NEW_MEDIA")
                .containsEntry("township", "qutang")
                .containsEntry("headcount", 12)
                .containsEntry("influence", 70)
                .containsEntry("followers", 52000);
    }

    @Test
    void aTownshipOfficerRegistersIntoTheirOwnTownshipWhenTheyNameNone() {
        String id = service.as("officer-libao").create(PATH, """
                {"name":"Libao Elites","kind":"PRIVATE_ENTERPRISE","category":"ENTERPRISE_STAFF",
                 "headcount":300,"influence":80}""", "organisationId");

        assertThat(service.awaitReadable("officer-libao", PATH + "/" + id).map()).containsEntry("township", "libao")
                .containsEntry("followers", null);
    }

    @Test
    void aTownshipOfficerWhoNamesAnotherTownshipIsRefusedAndNothingIsStored() {
        String own = service.as("officer-libao").create(PATH, FIRM.formatted("Libao Tax", "libao"), "organisationId");

        service.storesNothing(() -> service.as("officer-libao").post(PATH,
                FIRM.formatted("Qutang Tax", "qutang"))).expectProblem(403);
        service.storesNothing(() -> service.as("officer-libao").put(PATH + "/" + own,
                DETAILS.formatted("Libao Tax, moved", "qutang"))).expectProblem(403);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\" \",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":1,\"influence\":1} | name",
            "{\"name\":\"A\",\"kind\":\"SHOP\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":1,\"influence\":1}  | kind",
            "{\"name\":\"A\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":1,\"influence\":1}                   | kind",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"township\":\"libao\",\"headcount\":1,\"influence\":1}                            | category",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"township\":\"atlantis\",\"headcount\":1,\"influence\":1} | township",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"headcount\":1,\"influence\":1}                      | township",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":-1,\"influence\":1} | headcount",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":1,\"influence\":101} | influence",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":1}                | influence",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":1,\"influence\":1,\"followers\":10} | followers",
            "{\"name\":\"A\",\"kind\":\"MEDIA_OUTLET\",\"category\":\"NEW_MEDIA\",\"township\":\"libao\",\"headcount\":1,\"influence\":1} | followers",
            "{\"name\":\"A\",\"kind\":\"STUDIO\",\"category\":\"FREELANCER\",\"township\":\"libao\",\"headcount\":\"many\",\"influence\":1} | headcount"})
    void badInputIsRefusedWithAProblemNamingTheFieldAndStoresNothing(String body, String field) {
        service.storesNothing(() -> service.as("city-admin").post(PATH, body)).expectProblem(400, field);
    }

    @Test
    void anUpdateReplacesTheDetailsAndShowsInTheHistory() {
        String id = service.as("officer-libao").create(PATH, FIRM.formatted("Zhongrui Tax", "libao"), "organisationId");

        Reply updated = service.as("officer-libao").put(PATH + "/" + id, """
                {"name":"Zhongrui Tax Agents","category":"INTERMEDIARY","headcount":40,"influence":65}""");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.map()).containsEntry("organisationId", id);
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(service.as("city-admin").get(PATH + "/" + id).map())
                .containsEntry("name", "Zhongrui Tax Agents").containsEntry("headcount", 40)
                .containsEntry("kind", "INTERMEDIARY_FIRM"));
        List<Map<String, Object>> history = service.as("officer-libao").get(PATH + "/" + id + "/history").list();
        assertThat(history).extracting(entry -> entry.get("event"))
                .containsExactly("OrganisationRegistered", "OrganisationUpdated");
        assertThat(history.get(1)).containsEntry("actingUser", "officer-libao").containsEntry("township", "libao");
    }

    @Test
    void anUpdateThatChangesNothingIsAConflict() {
        String id = service.as("city-admin").create(PATH, FIRM.formatted("Same Firm", "libao"), "organisationId");

        service.storesNothing(() -> service.as("city-admin").put(PATH + "/" + id,
                DETAILS.formatted("Same Firm", "libao"))).expectProblem(409, "organisationId");
    }

    @Test
    void anotherTownshipsOrganisationIsNotFoundForAnOfficerAndUntouchable() {
        String id = service.as("city-admin").create(PATH, FIRM.formatted("Qutang Law", "qutang"), "organisationId");
        service.awaitReadable("city-admin", PATH + "/" + id);

        service.as("officer-libao").get(PATH + "/" + id).expectProblem(404);
        service.as("officer-libao").get(PATH + "/" + id + "/history").expectProblem(404);
        service.storesNothing(() -> service.as("officer-libao").put(PATH + "/" + id,
                DETAILS.formatted("Qutang Law, renamed", "libao"))).expectProblem(404, "organisationId");
        assertThat(service.as("officer-qutang").get(PATH + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void anUnknownOrganisationIsNotFoundAndAPersonIsNoOrganisation() {
        String unknown = UUID.randomUUID().toString();
        String personId = service.as("city-admin").create("/api/liaison/people", """
                {"name":"Xu Min","category":"INTERMEDIARY","township":"libao"}""", "personId");

        service.as("city-admin").get(PATH + "/" + unknown).expectProblem(404);
        service.as("city-admin").get(PATH + "/" + unknown + "/history").expectProblem(404);
        service.as("city-admin").get(PATH + "/" + personId + "/history").expectProblem(404);
        service.storesNothing(() -> service.as("city-admin").put(PATH + "/" + unknown,
                DETAILS.formatted("Nobody", "libao"))).expectProblem(404);
    }

    @Test
    void aListIsFilteredAndPagedByNameAndAnOfficersListHoldsTheirTownshipOnly() {
        // dagong is used by no other test, so this list holds exactly what this test registered.
        Caller city = service.as("city-admin");
        String b = city.create(PATH, FIRM.formatted("Beta Accounting", "dagong"), "organisationId");
        String a = city.create(PATH, FIRM.formatted("Alpha Accounting", "dagong"), "organisationId");
        String studio = city.create(PATH, """
                {"name":"Aardvark Studio","kind":"STUDIO","category":"FREELANCER","township":"dagong",
                 "headcount":2,"influence":5}""", "organisationId");
        String query = PATH + "?township=dagong&category=INTERMEDIARY&kind=INTERMEDIARY_FIRM";
        await().atMost(READ_SIDE).until(() -> page(city.get(query)).total() == 2
                && page(city.get(PATH + "?township=dagong")).total() == 3);

        OrganisationPage first = page(city.get(query + "&page=0&size=1"));
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items()).extracting(OrganisationView::organisationId).containsExactly(a);
        assertThat(page(city.get(query + "&page=1&size=1")).items()).extracting(OrganisationView::organisationId)
                .containsExactly(b);
        assertThat(page(city.get(PATH + "?township=dagong")).items()).extracting(OrganisationView::organisationId)
                .containsExactly(studio, a, b);

        service.as("officer-libao").create(PATH, FIRM.formatted("Libao Listed", "libao"), "organisationId");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(page(service.as("officer-libao").get(PATH)).items())
                .isNotEmpty().extracting(OrganisationView::township).containsOnly("libao"));
        service.as("officer-libao").get(PATH + "?township=dagong").expectProblem(403);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource({"size=0, size", "size=101, size", "page=-1, page", "category=ASTRONAUT, category",
            "kind=SHOP, kind", "township=atlantis, township"})
    void badListParametersAreRefusedNamingTheParameter(String parameter, String field) {
        service.as("city-admin").get(PATH + "?" + parameter).expectProblem(400, field);
    }

    @Test
    void cadresAndAnalystsHaveNoAccessToOrganisations() {
        String id = service.as("city-admin").create(PATH, FIRM.formatted("Libao Audit", "libao"), "organisationId");
        for (String user : List.of("cadre-libao", "analyst")) {
            service.storesNothing(() -> service.as(user).post(PATH, FIRM.formatted("X", "libao"))).expectProblem(403);
            service.storesNothing(() -> service.as(user).put(PATH + "/" + id,
                    DETAILS.formatted("X", "libao"))).expectProblem(403);
            service.as(user).get(PATH).expectProblem(403);
            service.as(user).get(PATH + "/" + id).expectProblem(403);
            service.as(user).get(PATH + "/" + id + "/history").expectProblem(403);
        }
    }

    private static OrganisationPage page(Reply list) {
        return list.expect(200).as(OrganisationPage.class);
    }
}
