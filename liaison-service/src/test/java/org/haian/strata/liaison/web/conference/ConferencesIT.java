package org.haian.strata.liaison.web.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ResolutionStatus;
import org.haian.strata.liaison.api.conference.ConferenceView;
import org.haian.strata.liaison.web.conference.ConferencesController.MeetingRecorded;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.testsupport.ServiceClient.READ_SIDE;

/** The joint conference (联席会议) over HTTP, called directly: the city runs it, township officers follow it. */
@ServiceIT
class ConferencesIT {

    private static final String PATH = "/api/liaison/conferences";
    private static final String FIC = "Federation of Industry and Commerce";
    private static final String TAX = "Tax Bureau";
    private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    @Autowired
    ServiceClient service;
    private Caller city;

    @BeforeEach
    void setUp() {
        city = service.as("city-admin");
    }

    @Test
    void theCityEstablishesAConferenceWhoseUnitsMeetAndFollowTheirResolutionsUntilDone() {
        Reply established = city.post(PATH, """
                {"name":"Joint Conference on the New Social Strata","convener":"Head of the UFWD"}""");
        assertThat(established.status()).isEqualTo(201);
        String id = established.text("conferenceId");
        assertThat(established.location()).isEqualTo(PATH + "/" + id);

        Reply joined = city.post(PATH + "/" + id + "/member-units",
                "{\"unit\":\"" + FIC + "\",\"category\":\"ENTERPRISE_STAFF\"}");
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.map()).containsEntry("conferenceId", id).containsEntry("unit", FIC);
        joinUnit(id, TAX, "INTERMEDIARY");

        Reply held = city.post(PATH + "/" + id + "/meetings", meeting(YESTERDAY, FIC, TAX));
        assertThat(held.status()).isEqualTo(201);
        String meetingId = held.text("meetingId");
        List<String> resolutionIds = held.as(MeetingRecorded.class).resolutionIds();
        assertThat(resolutionIds).hasSize(2);
        assertThat(held.location()).isEqualTo(PATH + "/" + id + "/meetings/" + meetingId);

        ConferenceView.Meeting meeting = service.awaitReadable("officer-libao",
                PATH + "/" + id + "/meetings/" + meetingId).as(ConferenceView.Meeting.class);
        assertThat(meeting.date()).hasToString(YESTERDAY);
        assertThat(meeting.attendingUnits()).containsExactly(FIC, TAX);
        assertThat(meeting.categories()).containsExactly(Category.ENTERPRISE_STAFF, Category.INTERMEDIARY);
        assertThat(meeting.resolutions())
                .extracting("resolutionId", "ownerUnit", "ownerCategory", "status")
                .containsExactly(
                        tuple(resolutionIds.get(0), FIC, Category.ENTERPRISE_STAFF, ResolutionStatus.OPEN),
                        tuple(resolutionIds.get(1), TAX, Category.INTERMEDIARY, ResolutionStatus.OPEN));

        String status = PATH + "/" + id + "/resolutions/" + resolutionIds.get(0) + "/status";
        Reply started = city.put(status, "{\"status\":\"IN_PROGRESS\"}");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.map()).containsEntry("resolutionId", resolutionIds.get(0))
                .containsEntry("status", "IN_PROGRESS");
        assertThat(city.put(status, "{\"status\":\"DONE\"}").status()).isEqualTo(200);
        service.storesNothing(() -> city.put(status, "{\"status\":\"IN_PROGRESS\"}")).expectProblem(409, "status");

        await().atMost(READ_SIDE).untilAsserted(() -> {
            ConferenceView conference = service.as("officer-qutang").get(PATH + "/" + id).as(ConferenceView.class);
            assertThat(conference.convener()).isEqualTo("Head of the UFWD");
            assertThat(conference.memberUnits()).containsExactly(
                    new ConferenceView.MemberUnit(FIC, Category.ENTERPRISE_STAFF),
                    new ConferenceView.MemberUnit(TAX, Category.INTERMEDIARY));
            assertThat(conference.meetings().get(0).resolutions()).extracting(ConferenceView.Resolution::status)
                    .containsExactly(ResolutionStatus.DONE, ResolutionStatus.OPEN);
        });
        assertThat(service.as("officer-libao").get(PATH).list())
                .contains(Map.of("conferenceId", id, "name", "Joint Conference on the New Social Strata",
                        "convener", "Head of the UFWD", "memberUnits", 2, "meetings", 1));
        assertThat(service.as("officer-libao").get(PATH + "/" + id + "/history").list())
                .extracting("event").containsExactly("JointConferenceEstablished", "MemberUnitJoined",
                        "MemberUnitJoined", "MeetingHeld", "ResolutionStatusChanged", "ResolutionStatusChanged");
    }

    @Test
    void aUnitServesOnceAndLeavesOnlyIfItIsAMember() {
        String id = conference();
        joinUnit(id, TAX, "INTERMEDIARY");

        service.storesNothing(() -> city.post(PATH + "/" + id + "/member-units",
                "{\"unit\":\"" + TAX + "\",\"category\":\"FREELANCER\"}")).expectProblem(409, "unit");
        Reply left = city.delete(PATH + "/" + id + "/member-units/" + TAX);
        assertThat(left.status()).isEqualTo(200);
        assertThat(left.map()).containsEntry("unit", TAX);
        service.storesNothing(() -> city.delete(PATH + "/" + id + "/member-units/" + TAX)).expectProblem(409, "unit");
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PATH + "/" + id).map())
                .containsEntry("memberUnits", List.of()));
    }

    @Test
    void onlyTheCityWritesTheConferenceAndCadresAndAnalystsDoNotReadIt() {
        String id = conference();
        joinUnit(id, FIC, "ENTERPRISE_STAFF");
        String resolutionId = city.post(PATH + "/" + id + "/meetings", meeting(YESTERDAY, FIC, FIC))
                .as(MeetingRecorded.class).resolutionIds().get(0);

        for (String user : List.of("officer-libao", "cadre-libao", "analyst")) {
            Caller caller = service.as(user);
            service.storesNothing(() -> caller.post(PATH, "{\"name\":\"X\",\"convener\":\"Y\"}")).expectProblem(403);
            service.storesNothing(() -> caller.post(PATH + "/" + id + "/member-units",
                    "{\"unit\":\"" + TAX + "\",\"category\":\"INTERMEDIARY\"}")).expectProblem(403);
            service.storesNothing(() -> caller.delete(PATH + "/" + id + "/member-units/" + FIC)).expectProblem(403);
            service.storesNothing(() -> caller.post(PATH + "/" + id + "/meetings",
                    meeting(YESTERDAY, FIC, FIC))).expectProblem(403);
            service.storesNothing(() -> caller.put(PATH + "/" + id + "/resolutions/" + resolutionId
                    + "/status", "{\"status\":\"DONE\"}")).expectProblem(403);
        }
        for (String user : List.of("cadre-libao", "analyst")) {
            service.as(user).get(PATH).expectProblem(403);
            service.as(user).get(PATH + "/" + id).expectProblem(403);
            service.as(user).get(PATH + "/" + id + "/history").expectProblem(403);
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

        service.storesNothing(() -> city.post(PATH + "/" + id + "/meetings", body)).expectProblem(400, field);
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
        service.storesNothing(() -> "/status".equals(target) ? city.put(path, body) : city.post(path, body)).expectProblem(400, field);
    }

    @Test
    void anUnknownConferenceMeetingOrResolutionIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        String id = conference();

        city.get(PATH + "/" + unknown).expectProblem(404);
        city.get(PATH + "/" + unknown + "/history").expectProblem(404);
        service.storesNothing(() -> city.post(PATH + "/" + unknown + "/member-units",
                "{\"unit\":\"" + TAX + "\",\"category\":\"INTERMEDIARY\"}")).expectProblem(404);
        service.storesNothing(() -> city.put(PATH + "/" + id + "/resolutions/" + unknown + "/status",
                "{\"status\":\"DONE\"}")).expectProblem(404, "resolutionId");
        service.awaitReadable("city-admin", PATH + "/" + id);
        city.get(PATH + "/" + id + "/meetings/" + unknown).expectProblem(404);
    }

    private String conference() {
        return city.create(PATH, "{\"name\":\"Joint Conference\",\"convener\":\"Head of the UFWD\"}", "conferenceId");
    }

    private void joinUnit(String conferenceId, String unit, String category) {
        assertThat(city.post(PATH + "/" + conferenceId + "/member-units",
                "{\"unit\":\"" + unit + "\",\"category\":\"" + category + "\"}").status()).isEqualTo(200);
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
