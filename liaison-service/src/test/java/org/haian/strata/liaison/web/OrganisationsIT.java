package org.haian.strata.liaison.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.liaison.web.ServiceClient.READ_SIDE;
import static org.haian.strata.liaison.web.ServiceClient.assertProblem;

/** The organisations registry (组织) over HTTP, called directly: the service applies the roles and townships itself. */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationsIT {

    private static final String PATH = "/api/liaison/organisations";
    private static final String FIRM = """
            {"name":"%s","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY","township":"%s",
             "headcount":25,"influence":60}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    private ServiceClient service;

    @BeforeEach
    void setUp() {
        service = new ServiceClient(http, jdbc);
    }

    @Test
    void theCityRegistersAnOrganisationInAnyTownshipAndReadsItBack() {
        ResponseEntity<Map> created = service.as("city-admin").post(PATH, """
                {"name":"Haian Online","kind":"MEDIA_OUTLET","category":"NEW_MEDIA","township":"qutang",
                 "headcount":12,"influence":70,"followers":52000}""");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("organisationId");
        assertThat(created.getHeaders().getLocation()).hasToString(PATH + "/" + id);
        assertThat(service.awaitReadable("city-admin", PATH + "/" + id))
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

        assertThat(service.awaitReadable("officer-libao", PATH + "/" + id)).containsEntry("township", "libao")
                .containsEntry("followers", null);
    }

    @Test
    void aTownshipOfficerWhoNamesAnotherTownshipIsRefusedAndNothingIsStored() {
        String own = service.as("officer-libao").create(PATH, FIRM.formatted("Libao Tax", "libao"), "organisationId");

        assertProblem(service.storesNothing(() -> service.as("officer-libao").post(PATH,
                FIRM.formatted("Qutang Tax", "qutang"))), HttpStatus.FORBIDDEN);
        assertProblem(service.storesNothing(() -> service.as("officer-libao").put(PATH + "/" + own,
                FIRM.formatted("Libao Tax, moved", "qutang"))), HttpStatus.FORBIDDEN);
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
        assertProblem(service.storesNothing(() -> service.as("city-admin").post(PATH, body)), HttpStatus.BAD_REQUEST,
                field);
    }

    @Test
    void anUpdateReplacesTheDetailsAndShowsInTheHistory() {
        String id = service.as("officer-libao").create(PATH, FIRM.formatted("Zhongrui Tax", "libao"), "organisationId");

        ResponseEntity<Map> updated = service.as("officer-libao").put(PATH + "/" + id, """
                {"name":"Zhongrui Tax Agents","category":"INTERMEDIARY","headcount":40,"influence":65}""");

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody()).containsEntry("organisationId", id);
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(service.as("city-admin").get(PATH + "/" + id).getBody())
                .containsEntry("name", "Zhongrui Tax Agents").containsEntry("headcount", 40)
                .containsEntry("kind", "INTERMEDIARY_FIRM"));
        List<Map<String, Object>> history = service.as("officer-libao").getList(PATH + "/" + id + "/history").getBody();
        assertThat(history).extracting(entry -> entry.get("event"))
                .containsExactly("OrganisationRegistered", "OrganisationUpdated");
        assertThat(history.get(1)).containsEntry("actingUser", "officer-libao").containsEntry("township", "libao");
    }

    @Test
    void anUpdateThatChangesNothingIsAConflict() {
        String id = service.as("city-admin").create(PATH, FIRM.formatted("Same Firm", "libao"), "organisationId");

        assertProblem(service.storesNothing(() -> service.as("city-admin").put(PATH + "/" + id,
                FIRM.formatted("Same Firm", "libao"))), HttpStatus.CONFLICT, "organisationId");
    }

    @Test
    void anotherTownshipsOrganisationIsNotFoundForAnOfficerAndUntouchable() {
        String id = service.as("city-admin").create(PATH, FIRM.formatted("Qutang Law", "qutang"), "organisationId");
        service.awaitReadable("city-admin", PATH + "/" + id);

        assertProblem(service.as("officer-libao").get(PATH + "/" + id), HttpStatus.NOT_FOUND);
        assertProblem(service.as("officer-libao").get(PATH + "/" + id + "/history"), HttpStatus.NOT_FOUND);
        assertProblem(service.storesNothing(() -> service.as("officer-libao").put(PATH + "/" + id,
                FIRM.formatted("Qutang Law, renamed", "libao"))), HttpStatus.NOT_FOUND, "organisationId");
        assertThat(service.as("officer-qutang").get(PATH + "/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnknownOrganisationIsNotFoundAndAPersonIsNoOrganisation() {
        String unknown = UUID.randomUUID().toString();
        String personId = service.as("city-admin").create("/api/liaison/people", """
                {"name":"Xu Min","category":"INTERMEDIARY","township":"libao"}""", "personId");

        assertProblem(service.as("city-admin").get(PATH + "/" + unknown), HttpStatus.NOT_FOUND);
        assertProblem(service.as("city-admin").get(PATH + "/" + unknown + "/history"), HttpStatus.NOT_FOUND);
        assertProblem(service.as("city-admin").get(PATH + "/" + personId + "/history"), HttpStatus.NOT_FOUND);
        assertProblem(service.storesNothing(() -> service.as("city-admin").put(PATH + "/" + unknown,
                FIRM.formatted("Nobody", "libao"))), HttpStatus.NOT_FOUND);
    }

    @Test
    void aListIsFilteredAndPagedByNameAndAnOfficersListHoldsTheirTownshipOnly() {
        // dagong is used by no other test, so this list holds exactly what this test registered.
        ServiceClient.Caller city = service.as("city-admin");
        String b = city.create(PATH, FIRM.formatted("Beta Accounting", "dagong"), "organisationId");
        String a = city.create(PATH, FIRM.formatted("Alpha Accounting", "dagong"), "organisationId");
        String studio = city.create(PATH, """
                {"name":"Aardvark Studio","kind":"STUDIO","category":"FREELANCER","township":"dagong",
                 "headcount":2,"influence":5}""", "organisationId");
        String query = PATH + "?township=dagong&category=INTERMEDIARY&kind=INTERMEDIARY_FIRM";
        await().atMost(READ_SIDE).until(() -> ((Number) city.get(query).getBody().get("total")).intValue() == 2
                && ((Number) city.get(PATH + "?township=dagong").getBody().get("total")).intValue() == 3);

        assertThat(city.get(query + "&page=0&size=1").getBody()).containsEntry("page", 0).containsEntry("size", 1)
                .containsEntry("total", 2).extractingByKey("items").asList().extracting("organisationId")
                .containsExactly(a);
        assertThat(city.get(query + "&page=1&size=1").getBody()).extractingByKey("items").asList()
                .extracting("organisationId").containsExactly(b);
        assertThat(city.get(PATH + "?township=dagong").getBody()).extractingByKey("items").asList()
                .extracting("organisationId").containsExactly(studio, a, b);

        service.as("officer-libao").create(PATH, FIRM.formatted("Libao Listed", "libao"), "organisationId");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(service.as("officer-libao").get(PATH).getBody())
                .extractingByKey("items").asList().isNotEmpty().extracting("township").containsOnly("libao"));
        assertProblem(service.as("officer-libao").get(PATH + "?township=dagong"), HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource({"size=0, size", "size=101, size", "page=-1, page", "category=ASTRONAUT, category",
            "kind=SHOP, kind", "township=atlantis, township"})
    void badListParametersAreRefusedNamingTheParameter(String parameter, String field) {
        assertProblem(service.as("city-admin").get(PATH + "?" + parameter), HttpStatus.BAD_REQUEST, field);
    }

    @Test
    void cadresAndAnalystsHaveNoAccessToOrganisations() {
        String id = service.as("city-admin").create(PATH, FIRM.formatted("Libao Audit", "libao"), "organisationId");
        for (String user : List.of("cadre-libao", "analyst")) {
            assertProblem(service.storesNothing(() -> service.as(user).post(PATH, FIRM.formatted("X", "libao"))),
                    HttpStatus.FORBIDDEN);
            assertProblem(service.storesNothing(() -> service.as(user).put(PATH + "/" + id,
                    FIRM.formatted("X", "libao"))), HttpStatus.FORBIDDEN);
            assertProblem(service.as(user).get(PATH), HttpStatus.FORBIDDEN);
            assertProblem(service.as(user).get(PATH + "/" + id), HttpStatus.FORBIDDEN);
            assertProblem(service.as(user).get(PATH + "/" + id + "/history"), HttpStatus.FORBIDDEN);
        }
    }
}
