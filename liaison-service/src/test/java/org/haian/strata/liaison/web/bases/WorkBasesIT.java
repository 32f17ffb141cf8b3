package org.haian.strata.liaison.web.bases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.liaison.api.bases.WorkBasePage;
import org.haian.strata.liaison.api.bases.WorkBaseView;
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

/** Work bases (工作基地) over HTTP, called directly: each anchored on a registered organisation, in one township. */
@ServiceIT
class WorkBasesIT {

    private static final String PATH = "/api/liaison/bases";
    private static final String BASE = """
            {"name":"%s","category":"INTERMEDIARY","township":"%s","anchorOrganisationId":"%s"}""";

    @Autowired
    ServiceClient service;
    private Caller city;

    @BeforeEach
    void setUp() {
        city = service.as("city-admin");
    }

    @Test
    void anOfficerEstablishesABaseInTheirTownshipOnAnOrganisationAndClosesItOnce() {
        String anchor = organisation("libao");

        Reply established = service.as("officer-libao").post(PATH, """
                {"name":"Social organisations base","category":"INTERMEDIARY","anchorOrganisationId":"%s"}"""
                .formatted(anchor));

        assertThat(established.status()).isEqualTo(201);
        String id = established.text("baseId");
        assertThat(established.location()).isEqualTo(PATH + "/" + id);
        assertThat(service.awaitReadable("officer-libao", PATH + "/" + id).map())
                .containsEntry("name", "Social organisations base").containsEntry("category", "INTERMEDIARY")
                .containsEntry("township", "libao").containsEntry("anchorOrganisationId", anchor)
                .containsEntry("closed", false);

        Reply closed = service.as("officer-libao").post(PATH + "/" + id + "/close",
                "{\"reason\":\"The firm moved to the city centre\"}");

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.map()).containsEntry("baseId", id);
        service.storesNothing(() -> city.post(PATH + "/" + id + "/close", "{\"reason\":\"Again\"}")).expectProblem(409, "baseId");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PATH + "/" + id).map())
                .containsEntry("closed", true).containsEntry("closedReason", "The firm moved to the city centre"));
        assertThat(service.as("officer-libao").get(PATH + "/" + id + "/history").list())
                .extracting("event").containsExactly("WorkBaseEstablished", "WorkBaseClosed");
    }

    @Test
    void aBaseOnAnUnknownOrganisationIsRefusedNamingTheAnchorAndStoresNothing() {
        String personId = city.create("/api/liaison/people", """
                {"name":"Xu Min","category":"INTERMEDIARY","township":"libao"}""", "personId");
        service.awaitReadable("city-admin", "/api/liaison/people/" + personId);

        for (String anchor : List.of(UUID.randomUUID().toString(), personId)) {
            service.storesNothing(() -> city.post(PATH, BASE.formatted("Base", "libao", anchor))).expectProblem(404, "anchorOrganisationId");
        }
    }

    @Test
    void anOfficerCannotAnchorOnAnotherTownshipsOrganisationNorNameAnotherTownship() {
        String qutang = organisation("qutang");
        String libao = organisation("libao");

        service.storesNothing(() -> service.as("officer-libao").post(PATH,
                BASE.formatted("Base", "libao", qutang))).expectProblem(404, "anchorOrganisationId");
        service.storesNothing(() -> service.as("officer-libao").post(PATH,
                BASE.formatted("Base", "qutang", libao))).expectProblem(403);
    }

    @Test
    void anotherTownshipsBaseIsNotFoundForAnOfficerAndCannotBeClosedByThem() {
        String id = city.create(PATH, BASE.formatted("Qutang base", "qutang", organisation("qutang")), "baseId");
        service.awaitReadable("city-admin", PATH + "/" + id);

        service.as("officer-libao").get(PATH + "/" + id).expectProblem(404);
        service.as("officer-libao").get(PATH + "/" + id + "/history").expectProblem(404);
        service.storesNothing(() -> service.as("officer-libao").post(PATH + "/" + id + "/close",
                "{\"reason\":\"Not mine\"}")).expectProblem(404, "baseId");
        assertThat(service.as("officer-qutang").get(PATH + "/" + id).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"\",\"category\":\"INTERMEDIARY\",\"township\":\"libao\",\"anchorOrganisationId\":\"o\"}  | name",
            "{\"name\":\"B\",\"township\":\"libao\",\"anchorOrganisationId\":\"o\"}                              | category",
            "{\"name\":\"B\",\"category\":\"INTERMEDIARY\",\"township\":\"atlantis\",\"anchorOrganisationId\":\"o\"} | township",
            "{\"name\":\"B\",\"category\":\"INTERMEDIARY\",\"township\":\"libao\"}                               | anchorOrganisationId"})
    void badInputIsRefusedNamingTheFieldAndStoresNothing(String body, String field) {
        service.storesNothing(() -> city.post(PATH, body)).expectProblem(400, field);
    }

    @Test
    void closingNeedsAReasonAndAnExistingBase() {
        String id = city.create(PATH, BASE.formatted("Base", "libao", organisation("libao")), "baseId");

        service.storesNothing(() -> city.post(PATH + "/" + id + "/close", "{\"reason\":\" \"}")).expectProblem(400, "reason");
        service.storesNothing(() -> city.post(PATH + "/" + UUID.randomUUID() + "/close",
                "{\"reason\":\"Gone\"}")).expectProblem(404);
        city.get(PATH + "/" + UUID.randomUUID()).expectProblem(404);
        city.get(PATH + "/" + UUID.randomUUID() + "/history").expectProblem(404);
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
        await().atMost(READ_SIDE).until(() -> page(city.get(query)).total() == 2);

        assertThat(page(city.get(query)).items()).extracting(WorkBaseView::baseId).containsExactly(accounting, tax);
        assertThat(page(city.get(query + "&size=1&page=1")).items()).extracting(WorkBaseView::baseId)
                .containsExactly(tax);

        city.create(PATH, BASE.formatted("Libao base", "libao", organisation("libao")), "baseId");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(page(service.as("officer-libao").get(PATH)).items())
                .isNotEmpty().extracting(WorkBaseView::township).containsOnly("libao"));
        service.as("officer-libao").get(PATH + "?township=yazhou").expectProblem(403);
        city.get(PATH + "?category=NONE").expectProblem(400, "category");
    }

    @Test
    void cadresAndAnalystsHaveNoAccessToBases() {
        String id = city.create(PATH, BASE.formatted("Base", "libao", organisation("libao")), "baseId");
        for (String user : List.of("cadre-libao", "analyst")) {
            Caller caller = service.as(user);
            service.storesNothing(() -> caller.post(PATH, BASE.formatted("Base", "libao", "o"))).expectProblem(403);
            service.storesNothing(() -> caller.post(PATH + "/" + id + "/close", "{\"reason\":\"R\"}")).expectProblem(403);
            caller.get(PATH).expectProblem(403);
            caller.get(PATH + "/" + id).expectProblem(403);
            caller.get(PATH + "/" + id + "/history").expectProblem(403);
        }
    }

    /** Registers an organisation and waits until the read model that anchors bases can find it. */
    private static WorkBasePage page(Reply list) {
        return list.expect(200).as(WorkBasePage.class);
    }

    private String organisation(String township) {
        String id = city.create("/api/liaison/organisations", """
                {"name":"Zhongrui Tax Agents","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY","township":"%s",
                 "headcount":25,"influence":60}""".formatted(township), "organisationId");
        service.awaitReadable("city-admin", "/api/liaison/organisations/" + id);
        return id;
    }
}
