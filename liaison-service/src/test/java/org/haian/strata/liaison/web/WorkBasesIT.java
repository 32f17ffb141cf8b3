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

/** Work bases (工作基地) over HTTP, called directly: each anchored on a registered organisation, in one township. */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkBasesIT {

    private static final String PATH = "/api/liaison/bases";
    private static final String BASE = """
            {"name":"%s","category":"INTERMEDIARY","township":"%s","anchorOrganisationId":"%s"}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    private ServiceClient service;
    private ServiceClient.Caller city;

    @BeforeEach
    void setUp() {
        service = new ServiceClient(http, jdbc);
        city = service.as("city-admin");
    }

    @Test
    void anOfficerEstablishesABaseInTheirTownshipOnAnOrganisationAndClosesItOnce() {
        String anchor = organisation("libao");

        ResponseEntity<Map> established = service.as("officer-libao").post(PATH, """
                {"name":"Social organisations base","category":"INTERMEDIARY","anchorOrganisationId":"%s"}"""
                .formatted(anchor));

        assertThat(established.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) established.getBody().get("baseId");
        assertThat(established.getHeaders().getLocation()).hasToString(PATH + "/" + id);
        assertThat(service.awaitReadable("officer-libao", PATH + "/" + id))
                .containsEntry("name", "Social organisations base").containsEntry("category", "INTERMEDIARY")
                .containsEntry("township", "libao").containsEntry("anchorOrganisationId", anchor)
                .containsEntry("closed", false);

        ResponseEntity<Map> closed = service.as("officer-libao").post(PATH + "/" + id + "/close",
                "{\"reason\":\"The firm moved to the city centre\"}");

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody()).containsEntry("baseId", id);
        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/close", "{\"reason\":\"Again\"}")),
                HttpStatus.CONFLICT, "baseId");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PATH + "/" + id).getBody())
                .containsEntry("closed", true).containsEntry("closedReason", "The firm moved to the city centre"));
        assertThat(service.as("officer-libao").getList(PATH + "/" + id + "/history").getBody())
                .extracting("event").containsExactly("WorkBaseEstablished", "WorkBaseClosed");
    }

    @Test
    void aBaseOnAnUnknownOrganisationIsRefusedNamingTheAnchorAndStoresNothing() {
        String personId = city.create("/api/liaison/people", """
                {"name":"Xu Min","category":"INTERMEDIARY","township":"libao"}""", "personId");
        service.awaitReadable("city-admin", "/api/liaison/people/" + personId);

        for (String anchor : List.of(UUID.randomUUID().toString(), personId)) {
            assertProblem(service.storesNothing(() -> city.post(PATH, BASE.formatted("Base", "libao", anchor))),
                    HttpStatus.NOT_FOUND, "anchorOrganisationId");
        }
    }

    @Test
    void anOfficerCannotAnchorOnAnotherTownshipsOrganisationNorNameAnotherTownship() {
        String qutang = organisation("qutang");
        String libao = organisation("libao");

        assertProblem(service.storesNothing(() -> service.as("officer-libao").post(PATH,
                BASE.formatted("Base", "libao", qutang))), HttpStatus.NOT_FOUND, "anchorOrganisationId");
        assertProblem(service.storesNothing(() -> service.as("officer-libao").post(PATH,
                BASE.formatted("Base", "qutang", libao))), HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherTownshipsBaseIsNotFoundForAnOfficerAndCannotBeClosedByThem() {
        String id = city.create(PATH, BASE.formatted("Qutang base", "qutang", organisation("qutang")), "baseId");
        service.awaitReadable("city-admin", PATH + "/" + id);

        assertProblem(service.as("officer-libao").get(PATH + "/" + id), HttpStatus.NOT_FOUND);
        assertProblem(service.as("officer-libao").get(PATH + "/" + id + "/history"), HttpStatus.NOT_FOUND);
        assertProblem(service.storesNothing(() -> service.as("officer-libao").post(PATH + "/" + id + "/close",
                "{\"reason\":\"Not mine\"}")), HttpStatus.NOT_FOUND, "baseId");
        assertThat(service.as("officer-qutang").get(PATH + "/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"\",\"category\":\"INTERMEDIARY\",\"township\":\"libao\",\"anchorOrganisationId\":\"o\"}  | name",
            "{\"name\":\"B\",\"township\":\"libao\",\"anchorOrganisationId\":\"o\"}                              | category",
            "{\"name\":\"B\",\"category\":\"INTERMEDIARY\",\"township\":\"atlantis\",\"anchorOrganisationId\":\"o\"} | township",
            "{\"name\":\"B\",\"category\":\"INTERMEDIARY\",\"township\":\"libao\"}                               | anchorOrganisationId"})
    void badInputIsRefusedNamingTheFieldAndStoresNothing(String body, String field) {
        assertProblem(service.storesNothing(() -> city.post(PATH, body)), HttpStatus.BAD_REQUEST, field);
    }

    @Test
    void closingNeedsAReasonAndAnExistingBase() {
        String id = city.create(PATH, BASE.formatted("Base", "libao", organisation("libao")), "baseId");

        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/close", "{\"reason\":\" \"}")),
                HttpStatus.BAD_REQUEST, "reason");
        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + UUID.randomUUID() + "/close",
                "{\"reason\":\"Gone\"}")), HttpStatus.NOT_FOUND);
        assertProblem(city.get(PATH + "/" + UUID.randomUUID()), HttpStatus.NOT_FOUND);
        assertProblem(city.get(PATH + "/" + UUID.randomUUID() + "/history"), HttpStatus.NOT_FOUND);
    }

    @Test
    void aListIsFilteredByTownshipAndCategoryAndAnOfficersListHoldsTheirTownshipOnly() {
        // yazhou is used by no other test, so this list holds exactly what this test established.
        String anchor = organisation("yazhou");
        String tax = city.create(PATH, BASE.formatted("Tax agents base", "yazhou", anchor), "baseId");
        String accounting = city.create(PATH, BASE.formatted("Accountants base", "yazhou", anchor), "baseId");
        city.create(PATH, """
                {"name":"Creative workshop","category":"FREELANCER","township":"yazhou","anchorOrganisationId":"%s"}"""
                .formatted(anchor), "baseId");
        String query = PATH + "?township=yazhou&category=INTERMEDIARY";
        await().atMost(READ_SIDE).until(() -> ((Number) city.get(query).getBody().get("total")).intValue() == 2);

        assertThat(city.get(query).getBody()).extractingByKey("items").asList().extracting("baseId")
                .containsExactly(accounting, tax);
        assertThat(city.get(query + "&size=1&page=1").getBody()).extractingByKey("items").asList()
                .extracting("baseId").containsExactly(tax);

        city.create(PATH, BASE.formatted("Libao base", "libao", organisation("libao")), "baseId");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(service.as("officer-libao").get(PATH).getBody())
                .extractingByKey("items").asList().isNotEmpty().extracting("township").containsOnly("libao"));
        assertProblem(service.as("officer-libao").get(PATH + "?township=yazhou"), HttpStatus.FORBIDDEN);
        assertProblem(city.get(PATH + "?category=NONE"), HttpStatus.BAD_REQUEST, "category");
    }

    @Test
    void cadresAndAnalystsHaveNoAccessToBases() {
        String id = city.create(PATH, BASE.formatted("Base", "libao", organisation("libao")), "baseId");
        for (String user : List.of("cadre-libao", "analyst")) {
            ServiceClient.Caller caller = service.as(user);
            assertProblem(service.storesNothing(() -> caller.post(PATH, BASE.formatted("Base", "libao", "o"))),
                    HttpStatus.FORBIDDEN);
            assertProblem(service.storesNothing(() -> caller.post(PATH + "/" + id + "/close", "{\"reason\":\"R\"}")),
                    HttpStatus.FORBIDDEN);
            assertProblem(caller.get(PATH), HttpStatus.FORBIDDEN);
            assertProblem(caller.get(PATH + "/" + id), HttpStatus.FORBIDDEN);
            assertProblem(caller.get(PATH + "/" + id + "/history"), HttpStatus.FORBIDDEN);
        }
    }

    /** Registers an organisation and waits until the read model that anchors bases can find it. */
    private String organisation(String township) {
        String id = city.create("/api/liaison/organisations", """
                {"name":"Zhongrui Tax Agents","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY","township":"%s",
                 "headcount":25,"influence":60}""".formatted(township), "organisationId");
        service.awaitReadable("city-admin", "/api/liaison/organisations/" + id);
        return id;
    }
}
