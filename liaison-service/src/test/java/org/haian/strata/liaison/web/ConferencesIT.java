package org.haian.strata.liaison.web;

import java.time.LocalDate;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.liaison.web.ServiceClient.READ_SIDE;
import static org.haian.strata.liaison.web.ServiceClient.assertProblem;

/** The joint conference (联席会议) over HTTP, called directly: the city runs it, township officers follow it. */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConferencesIT {

    private static final String PATH = "/api/liaison/conferences";
    private static final String FIC = "Federation of Industry and Commerce";
    private static final String TAX = "Tax Bureau";
    private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

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
    @SuppressWarnings("unchecked")
    void theCityEstablishesAConferenceWhoseUnitsMeetAndFollowTheirResolutionsUntilDone() {
        ResponseEntity<Map> established = city.post(PATH, """
                {"name":"Joint Conference on the New Social Strata","convener":"Head of the UFWD"}""");
        assertThat(established.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) established.getBody().get("conferenceId");
        assertThat(established.getHeaders().getLocation()).hasToString(PATH + "/" + id);

        ResponseEntity<Map> joined = city.post(PATH + "/" + id + "/member-units",
                "{\"unit\":\"" + FIC + "\",\"category\":\"ENTERPRISE_STAFF\"}");
        assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(joined.getBody()).containsEntry("conferenceId", id).containsEntry("unit", FIC);
        joinUnit(id, TAX, "INTERMEDIARY");

        ResponseEntity<Map> held = city.post(PATH + "/" + id + "/meetings", meeting(YESTERDAY, FIC, TAX));
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String meetingId = (String) held.getBody().get("meetingId");
        List<String> resolutionIds = (List<String>) held.getBody().get("resolutionIds");
        assertThat(resolutionIds).hasSize(2);
        assertThat(held.getHeaders().getLocation()).hasToString(PATH + "/" + id + "/meetings/" + meetingId);

        Map<String, Object> meeting = service.awaitReadable("officer-libao", PATH + "/" + id + "/meetings/" + meetingId);
        assertThat(meeting).containsEntry("date", YESTERDAY).containsEntry("attendingUnits", List.of(FIC, TAX))
                .containsEntry("categories", List.of("ENTERPRISE_STAFF", "INTERMEDIARY"));
        assertThat((List<Map<String, Object>>) meeting.get("resolutions"))
                .extracting("resolutionId", "ownerUnit", "ownerCategory", "status")
                .containsExactly(
                        tuple(resolutionIds.get(0), FIC, "ENTERPRISE_STAFF", "OPEN"),
                        tuple(resolutionIds.get(1), TAX, "INTERMEDIARY", "OPEN"));

        String status = PATH + "/" + id + "/resolutions/" + resolutionIds.get(0) + "/status";
        ResponseEntity<Map> started = city.put(status, "{\"status\":\"IN_PROGRESS\"}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody()).containsEntry("resolutionId", resolutionIds.get(0))
                .containsEntry("status", "IN_PROGRESS");
        assertThat(city.put(status, "{\"status\":\"DONE\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(service.storesNothing(() -> city.put(status, "{\"status\":\"IN_PROGRESS\"}")),
                HttpStatus.CONFLICT, "status");

        await().atMost(READ_SIDE).untilAsserted(() -> {
            Map<String, Object> conference = service.as("officer-qutang").get(PATH + "/" + id).getBody();
            assertThat(conference).containsEntry("convener", "Head of the UFWD");
            assertThat((List<Map<String, Object>>) conference.get("memberUnits")).containsExactly(
                    Map.of("unit", FIC, "category", "ENTERPRISE_STAFF"), Map.of("unit", TAX, "category", "INTERMEDIARY"));
            Map<String, Object> recorded = ((List<Map<String, Object>>) conference.get("meetings")).get(0);
            assertThat((List<Map<String, Object>>) recorded.get("resolutions")).extracting("status")
                    .containsExactly("DONE", "OPEN");
        });
        assertThat(service.as("officer-libao").getList(PATH).getBody())
                .contains(Map.of("conferenceId", id, "name", "Joint Conference on the New Social Strata",
                        "convener", "Head of the UFWD", "memberUnits", 2, "meetings", 1));
        assertThat(service.as("officer-libao").getList(PATH + "/" + id + "/history").getBody())
                .extracting("event").containsExactly("JointConferenceEstablished", "MemberUnitJoined",
                        "MemberUnitJoined", "MeetingHeld", "ResolutionStatusChanged", "ResolutionStatusChanged");
    }

    @Test
    void aUnitServesOnceAndLeavesOnlyIfItIsAMember() {
        String id = conference();
        joinUnit(id, TAX, "INTERMEDIARY");

        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/member-units",
                "{\"unit\":\"" + TAX + "\",\"category\":\"FREELANCER\"}")), HttpStatus.CONFLICT, "unit");
        ResponseEntity<Map> left = city.delete(PATH + "/" + id + "/member-units/" + TAX);
        assertThat(left.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(left.getBody()).containsEntry("unit", TAX);
        assertProblem(service.storesNothing(() -> city.delete(PATH + "/" + id + "/member-units/" + TAX)),
                HttpStatus.CONFLICT, "unit");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PATH + "/" + id).getBody())
                .containsEntry("memberUnits", List.of()));
    }

    @Test
    void onlyTheCityWritesTheConferenceAndCadresAndAnalystsDoNotReadIt() {
        String id = conference();
        joinUnit(id, FIC, "ENTERPRISE_STAFF");
        String resolutionId = (String) ((List<?>) city.post(PATH + "/" + id + "/meetings", meeting(YESTERDAY, FIC, FIC))
                .getBody().get("resolutionIds")).get(0);

        for (String user : List.of("officer-libao", "cadre-libao", "analyst")) {
            ServiceClient.Caller caller = service.as(user);
            assertProblem(service.storesNothing(() -> caller.post(PATH, "{\"name\":\"X\",\"convener\":\"Y\"}")),
                    HttpStatus.FORBIDDEN);
            assertProblem(service.storesNothing(() -> caller.post(PATH + "/" + id + "/member-units",
                    "{\"unit\":\"" + TAX + "\",\"category\":\"INTERMEDIARY\"}")), HttpStatus.FORBIDDEN);
            assertProblem(service.storesNothing(() -> caller.delete(PATH + "/" + id + "/member-units/" + FIC)),
                    HttpStatus.FORBIDDEN);
            assertProblem(service.storesNothing(() -> caller.post(PATH + "/" + id + "/meetings",
                    meeting(YESTERDAY, FIC, FIC))), HttpStatus.FORBIDDEN);
            assertProblem(service.storesNothing(() -> caller.put(PATH + "/" + id + "/resolutions/" + resolutionId
                    + "/status", "{\"status\":\"DONE\"}")), HttpStatus.FORBIDDEN);
        }
        for (String user : List.of("cadre-libao", "analyst")) {
            assertProblem(service.as(user).get(PATH), HttpStatus.FORBIDDEN);
            assertProblem(service.as(user).get(PATH + "/" + id), HttpStatus.FORBIDDEN);
            assertProblem(service.as(user).get(PATH + "/" + id + "/history"), HttpStatus.FORBIDDEN);
        }
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"date\":\"2999-01-01\",\"attendingUnits\":[\"FIC\"],\"agenda\":\"A\"}                        | date",
            "{\"attendingUnits\":[\"FIC\"],\"agenda\":\"A\"}                                                 | date",
            "{\"date\":\"yesterday\",\"attendingUnits\":[\"FIC\"],\"agenda\":\"A\"}                          | date",
            "{\"date\":\"2026-01-05\",\"attendingUnits\":[],\"agenda\":\"A\"}                                | attendingUnits",
            "{\"date\":\"2026-01-05\",\"attendingUnits\":[\"FIC\"],\"agenda\":\" \"}                         | agenda",
            "{\"date\":\"2026-01-05\",\"attendingUnits\":[\"Nobody\"],\"agenda\":\"A\"}                      | attendingUnits",
            "{\"date\":\"2026-01-05\",\"attendingUnits\":[\"FIC\"],\"agenda\":\"A\",\"resolutions\":[{\"text\":\" \",\"ownerUnit\":\"FIC\"}]}    | resolutions[0].text",
            "{\"date\":\"2026-01-05\",\"attendingUnits\":[\"FIC\"],\"agenda\":\"A\",\"resolutions\":[{\"text\":\"T\",\"ownerUnit\":\"Nobody\"}]} | resolutions[0].ownerUnit"})
    void aMeetingWithBadInputIsRefusedNamingTheFieldAndStoresNothing(String body, String field) {
        String id = conference();
        joinUnit(id, "FIC", "ENTERPRISE_STAFF");

        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/meetings", body)),
                HttpStatus.BAD_REQUEST, field);
    }

    @ParameterizedTest(name = "{1} {0} is refused naming {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\" \",\"convener\":\"Head\"}   | /         | name",
            "{\"name\":\"Conf\"}                      | /         | convener",
            "{\"unit\":\"FIC\"}                       | /units    | category",
            "{\"unit\":\"FIC\",\"category\":\"ALL\"}  | /units    | category",
            "{\"unit\":\"\",\"category\":\"FREELANCER\"} | /units | unit",
            "{\"status\":\"FORGOTTEN\"}               | /status   | status",
            "{}                                       | /status   | status"})
    void otherBadInputIsRefusedNamingTheFieldAndStoresNothing(String body, String target, String field) {
        String id = conference();
        String path = switch (target) {
            case "/" -> PATH;
            case "/units" -> PATH + "/" + id + "/member-units";
            default -> PATH + "/" + id + "/resolutions/r-1/status";
        };
        assertProblem(service.storesNothing(() -> "/status".equals(target) ? city.put(path, body) : city.post(path, body)),
                HttpStatus.BAD_REQUEST, field);
    }

    @Test
    void anUnknownConferenceMeetingOrResolutionIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        String id = conference();

        assertProblem(city.get(PATH + "/" + unknown), HttpStatus.NOT_FOUND);
        assertProblem(city.get(PATH + "/" + unknown + "/history"), HttpStatus.NOT_FOUND);
        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + unknown + "/member-units",
                "{\"unit\":\"" + TAX + "\",\"category\":\"INTERMEDIARY\"}")), HttpStatus.NOT_FOUND);
        assertProblem(service.storesNothing(() -> city.put(PATH + "/" + id + "/resolutions/" + unknown + "/status",
                "{\"status\":\"DONE\"}")), HttpStatus.NOT_FOUND, "resolutionId");
        service.awaitReadable("city-admin", PATH + "/" + id);
        assertProblem(city.get(PATH + "/" + id + "/meetings/" + unknown), HttpStatus.NOT_FOUND);
    }

    private String conference() {
        return city.create(PATH, "{\"name\":\"Joint Conference\",\"convener\":\"Head of the UFWD\"}", "conferenceId");
    }

    private void joinUnit(String conferenceId, String unit, String category) {
        assertThat(city.post(PATH + "/" + conferenceId + "/member-units",
                "{\"unit\":\"" + unit + "\",\"category\":\"" + category + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A meeting both units attended, with one resolution owned by each. */
    private static String meeting(String date, String firstUnit, String secondUnit) {
        return """
                {"date":"%s","attendingUnits":["%s","%s"],"agenda":"Services for enterprise staff",
                 "resolutions":[{"text":"Open a talent service desk","ownerUnit":"%s"},
                                {"text":"Tax briefing for firms","ownerUnit":"%s"}]}"""
                .formatted(date, firstUnit, secondUnit, firstUnit, secondUnit);
    }
}
