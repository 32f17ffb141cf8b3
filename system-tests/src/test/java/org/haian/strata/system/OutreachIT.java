package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.system.OutreachRecords.created;

/**
 * outreach-service (the "4") through the gateway: its own view of liaison's registry, visits with their problems,
 * and the appraisals, with the township rules (libao's officer works in libao; qutang is another township). Every
 * refused write leaves outreach's event store as it was.
 */
@ExtendWith(SuiteExtension.class)
class OutreachIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static Suite suite;
    private static Caller city;
    private static Caller officer;

    @BeforeAll
    static void signIn(Suite running) {
        suite = running;
        city = suite.api().as("city-admin");
        officer = suite.api().as("officer-libao");
    }

    @Test
    void aVisitIsPlannedLoggedAndItsProblemsFollowedUpUntilResolved() {
        String firm = organisation("Libao Security Group", "INTERMEDIARY_FIRM", "INTERMEDIARY", "libao", 1000, 70);
        String elsewhere = organisation("Qutang Law", "INTERMEDIARY_FIRM", "INTERMEDIARY", "qutang", 12, 40);
        String lead = cadre("CITY_LEADERSHIP", null);
        String manager = person("libao", "INTERMEDIARY");

        refused(422, "organisationId", () -> officer.post("/api/outreach/visits", plan(UUID.randomUUID().toString(),
                lead)));
        refused(422, "organisationId", () -> officer.post("/api/outreach/visits", plan(elsewhere, lead)));
        refused(403, null, () -> officer.post("/api/outreach/visits", """
                {"township":"qutang","organisationId":"%s","plannedFor":"%s","leadCadreId":"%s"}"""
                .formatted(elsewhere, TODAY, lead)));
        refused(422, "leadCadreId", () -> officer.post("/api/outreach/visits", plan(firm, "nobody.here")));
        String visit = created(officer.post("/api/outreach/visits", plan(firm, lead)), "visitId");

        refused(422, "peopleMetIds[0]", () -> officer.post("/api/outreach/visits/" + visit + "/log",
                log(lead, UUID.randomUUID().toString())));
        refused(409, "visitId", () -> officer.post("/api/outreach/visits/" + visit + "/problems", problem(TODAY)));
        assertThat(officer.post("/api/outreach/visits/" + visit + "/log", log(lead, manager)).status())
                .isEqualTo(200);
        refused(409, "visitId", () -> officer.post("/api/outreach/visits/" + visit + "/log", log(lead, manager)));
        String overdue = created(officer.post("/api/outreach/visits/" + visit + "/problems",
                problem(TODAY.minusDays(1))), "problemId");
        String open = created(officer.post("/api/outreach/visits/" + visit + "/problems",
                problem(TODAY.plusDays(30))), "problemId");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get("/api/outreach/visits/" + visit).json()
                .path("logged").asBoolean()).isTrue());
        JsonNode logged = officer.get("/api/outreach/visits/" + visit).json();
        assertThat(logged.path("township").asText()).isEqualTo("libao");
        assertThat(logged.path("leadCadreLevel").asText()).isEqualTo("CITY_LEADERSHIP");
        assertThat(logged.path("peopleMetIds").get(0).asText()).isEqualTo(manager);
        String theirs = created(city.post("/api/outreach/visits", plan(elsewhere, lead)), "visitId");
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/visits/" + theirs).status() == 200);
        assertThat(officer.get("/api/outreach/visits/" + theirs).status()).isEqualTo(404);
        refused(404, "visitId", () -> officer.post("/api/outreach/visits/" + theirs + "/log", log(lead, manager)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(officer.get(
                "/api/outreach/problems?state=OVERDUE&size=100"), "problemId")).contains(overdue).doesNotContain(open));
        assertThat(ids(officer.get("/api/outreach/problems?state=OPEN&size=100"), "problemId")).contains(overdue, open);

        assertThat(officer.post("/api/outreach/visits/" + visit + "/problems/" + overdue + "/resolution",
                "{\"resolvedOn\":\"%s\",\"note\":\"A venue was found\"}".formatted(TODAY)).status()).isEqualTo(200);
        refused(409, "problemId", () -> officer.post("/api/outreach/visits/" + visit + "/problems/" + overdue
                + "/resolution", "{\"resolvedOn\":\"%s\",\"note\":\"Again\"}".formatted(TODAY)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(officer.get(
                "/api/outreach/problems?state=RESOLVED&size=100"), "problemId")).contains(overdue));
        assertThat(ids(officer.get("/api/outreach/problems?state=OVERDUE&size=100"), "problemId"))
                .doesNotContain(overdue);
        assertThat(officer.get("/api/outreach/visits/" + visit + "/history").json().size()).isEqualTo(5);
    }

    @Test
    void nextWeeksVisitGoesToTheNeverVisitedThenTheLargerThenTheMoreInfluential() {
        String small = organisation("Studio A", "STUDIO", "FREELANCER", "libao", 3, 90);
        String large = organisation("Studio B", "STUDIO", "FREELANCER", "libao", 40, 10);
        String influential = organisation("Studio C", "STUDIO", "FREELANCER", "libao", 3, 95);
        String visited = organisation("Studio D", "STUDIO", "FREELANCER", "libao", 500, 100);
        String lead = cadre("TOWNSHIP", "libao");
        String visit = created(officer.post("/api/outreach/visits", plan(visited, lead)), "visitId");
        assertThat(officer.post("/api/outreach/visits/" + visit + "/log", """
                {"visitedOn":"%s","leadCadreId":"%s","visitingCadreIds":[],"peopleMetIds":[],"findings":"Fine"}"""
                .formatted(TODAY, lead)).status()).isEqualTo(200);

        List<String> mine = List.of(small, large, influential, visited);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode suggestion = officer.get("/api/outreach/visit-suggestion?category=FREELANCER&limit=50").json();
            List<String> order = new ArrayList<>();
            suggestion.path("candidates").forEach(c -> order.add(c.path("organisationId").asText()));
            assertThat(order.stream().filter(mine::contains).toList())
                    .containsExactly(large, influential, small, visited);
        });
        assertThat(city.get("/api/outreach/visit-suggestion?category=FREELANCER").status()).isEqualTo(400);
        assertThat(officer.get("/api/outreach/visit-suggestion?township=qutang&category=FREELANCER").status())
                .isEqualTo(403);
    }

    @Test
    void visitsGoOnWhileLiaisonIsDownAndOutreachLearnsWhatWasRegisteredWhileItWasDown() {
        String firm = organisation("Chengdong Accounting", "INTERMEDIARY_FIRM", "INTERMEDIARY", "chengdong", 20, 30);
        String lead = cadre("DEPARTMENT", null);
        String visit = created(city.post("/api/outreach/visits", plan(firm, lead)), "visitId");

        suite.liaison.stop();
        try {
            String second = created(city.post("/api/outreach/visits", plan(firm, lead)), "visitId");
            assertThat(city.post("/api/outreach/visits/" + visit + "/log", """
                    {"visitedOn":"%s","leadCadreId":"%s","visitingCadreIds":[],"peopleMetIds":[],"findings":"Ok"}"""
                    .formatted(TODAY, lead)).status()).isEqualTo(200);
            assertThat(second).isNotBlank();
        } finally {
            suite.liaison.start();
            suite.liaison.awaitReady();
        }

        suite.outreach.stop();
        String newcomer;
        try {
            newcomer = created(city.post("/api/liaison/people", """
                    {"name":"Sun Li","category":"INTERMEDIARY","township":"chengdong"}"""), "personId");
        } finally {
            suite.outreach.start();
            suite.outreach.awaitReady();
        }
        await().atMost(PATIENCE).until(() -> city.get("/api/outreach/people/" + newcomer).status() == 200);
    }

    @Test
    void anAppraisalTakesNominationsAndVotesUntilCloseAndAwardsWhatItsTallyGives() {
        String path = "/api/outreach/appraisals";
        refused(403, null, () -> officer.post(path, "{\"year\":2031,\"kind\":\"NETIZENS\"}"));
        String appraisal = created(city.post(path, "{\"year\":2031,\"kind\":\"NETIZENS\"}"), "appraisalId");
        assertThat(appraisal).isEqualTo("2031-netizens");
        refused(409, "appraisalId", () -> city.post(path, "{\"year\":2031,\"kind\":\"NETIZENS\"}"));

        List<String> nominees = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            people.add(person(i % 2 == 0 ? "libao" : "qutang", "NEW_MEDIA"));
        }
        for (String person : people) {
            nominees.add(created(city.post(path + "/" + appraisal + "/nominees",
                    "{\"personId\":\"%s\"}".formatted(person)), "nomineeId"));
        }
        refused(409, "personId", () -> city.post(path + "/" + appraisal + "/nominees",
                "{\"personId\":\"%s\"}".formatted(people.get(0))));
        refused(422, "personId", () -> city.post(path + "/" + appraisal + "/nominees",
                "{\"personId\":\"%s\"}".formatted(UUID.randomUUID())));

        // Ballot "a" gives ten (nominees 0..9), "b" nominees 10 and 5, "c" nominee 10: 5 and 10 tie at two and 5 was
        // nominated first; 0..4 and 6..9 tie at one, and 9, nominated last of them, is left out of the ten.
        assertThat(city.post(path + "/" + appraisal + "/votes", ballot("a", nominees.subList(0, 10))).status())
                .isEqualTo(200);
        refused(409, "nomineeIds", () -> city.post(path + "/" + appraisal + "/votes",
                ballot("a", List.of(nominees.get(10)))));
        refused(409, "nomineeIds[0]", () -> city.post(path + "/" + appraisal + "/votes",
                ballot("a", List.of(nominees.get(3)))));
        refused(400, "nomineeIds[1]", () -> city.post(path + "/" + appraisal + "/votes",
                ballot("b", List.of(nominees.get(3), nominees.get(3)))));
        assertThat(city.post(path + "/" + appraisal + "/votes", ballot("b", List.of(nominees.get(10),
                nominees.get(5)))).status()).isEqualTo(200);
        assertThat(city.post(path + "/" + appraisal + "/votes", ballot("c", List.of(nominees.get(10))))
                .status()).isEqualTo(200);
        refused(409, "appraisalId", () -> city.post(path + "/" + appraisal + "/award", ""));
        assertThat(city.post(path + "/" + appraisal + "/close", "").status()).isEqualTo(200);
        refused(409, "appraisalId", () -> city.post(path + "/" + appraisal + "/votes",
                ballot("d", List.of(nominees.get(0)))));
        assertThat(city.post(path + "/" + appraisal + "/award", "").status()).isEqualTo(200);
        refused(409, "appraisalId", () -> city.post(path + "/" + appraisal + "/award", ""));

        JsonNode tally = city.get(path + "/" + appraisal + "/tally").json();
        assertThat(tally.path("matches").asBoolean()).as(tally.toString()).isTrue();
        List<String> awarded = new ArrayList<>();
        tally.path("awarded").forEach(award -> awarded.add(award.path("nomineeId").asText()));
        assertThat(awarded).containsExactly(nominees.get(5), nominees.get(10), nominees.get(0), nominees.get(1),
                nominees.get(2), nominees.get(3), nominees.get(4), nominees.get(6), nominees.get(7),
                nominees.get(8));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get(path + "/" + appraisal).json()
                .path("state").asText()).isEqualTo("AWARDED"));
        assertThat(officer.get(path + "/" + appraisal).json().at("/nominees/0/rank").asInt()).isEqualTo(1);
    }

    @Test
    void anActivityInvitesRecordsWhoCameOnceAndFollowsItsAppealsToTheirOutcome() {
        String path = "/api/outreach/activities";
        String painter = person("libao", "FREELANCER");
        String writer = person("libao", "FREELANCER");
        refused(400, "partnerUnits", () -> officer.post(path, activity("EXHIBITION", "[]")));
        refused(400, "category", () -> officer.post(path, """
                {"category":"FREELANCER","kind":"TRAINING","title":"Training","heldOn":"%s","partnerUnits":[]}"""
                .formatted(TODAY)));
        refused(403, null, () -> officer.post(path, """
                {"township":"qutang","category":"FREELANCER","kind":"SALON","title":"Salon","heldOn":"%s",
                 "partnerUnits":[]}""".formatted(TODAY)));
        String activity = created(officer.post(path, activity("COUPLET_WRITING",
                "[\"Federation of Literary and Art Circles\"]")), "activityId");

        assertThat(officer.post(path + "/" + activity + "/invitations",
                "{\"personIds\":[\"%s\"]}".formatted(painter)).status()).isEqualTo(200);
        refused(409, "personIds[0]", () -> officer.post(path + "/" + activity + "/invitations",
                "{\"personIds\":[\"%s\"]}".formatted(painter)));
        refused(422, "personIds[0]", () -> officer.post(path + "/" + activity + "/invitations",
                "{\"personIds\":[\"%s\"]}".formatted(UUID.randomUUID())));
        assertThat(officer.post(path + "/" + activity + "/attendance", "{\"personId\":\"%s\"}".formatted(painter))
                .status()).isEqualTo(200);
        assertThat(officer.post(path + "/" + activity + "/attendance", "{\"personId\":\"%s\"}".formatted(writer))
                .status()).isEqualTo(200);
        refused(409, "personId", () -> officer.post(path + "/" + activity + "/attendance",
                "{\"personId\":\"%s\"}".formatted(writer)));
        String appeal = created(officer.post(path + "/" + activity + "/appeals",
                "{\"personId\":\"%s\",\"subject\":\"A studio space\"}".formatted(writer)), "appealId");
        assertThat(officer.post(path + "/" + activity + "/appeals/" + appeal + "/outcome", """
                {"outcome":"REFERRED","concludedOn":"%s","note":"To the culture bureau"}""".formatted(TODAY))
                .status()).isEqualTo(200);
        refused(409, "appealId", () -> officer.post(path + "/" + activity + "/appeals/" + appeal + "/outcome", """
                {"outcome":"RESOLVED","concludedOn":"%s","note":"Again"}""".formatted(TODAY)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get(path + "/" + activity).json()
                .at("/appeals/0/outcome").asText()).isEqualTo("REFERRED"));
        JsonNode view = officer.get(path + "/" + activity).json();
        assertThat(view.path("programme").asText()).isEqualTo("CO_HOSTING");
        assertThat(view.path("invited").size()).isEqualTo(1);
        assertThat(view.path("attended").size()).isEqualTo(2);
        assertThat(ids(officer.get(path + "?programme=CO_HOSTING&size=100"), "activityId")).contains(activity);
        assertThat(view.at("/appeals/0/subject").asText()).isEqualTo("A studio space");

        // Forgotten in liaison: what the writer said leaves outreach too, and they can no longer be named here.
        assertThat(city.post("/api/liaison/people/" + writer + "/forget", "{\"reason\":\"Consent withdrawn\"}")
                .status()).isLessThan(300);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get(path + "/" + activity).json()
                .at("/appeals/0/subject").isNull()).isTrue());
        refused(422, "personId", () -> officer.post(path + "/" + activity + "/appeals",
                "{\"personId\":\"%s\",\"subject\":\"Again\"}".formatted(writer)));
    }

    @Test
    void professionalConnectionKeepsAddressBooksFormsAndSummariesWhoseFiguresStayAsFiled() {
        String keeper = cadre("TOWNSHIP", "libao");
        String engineer = person("libao", "ENTERPRISE_STAFF");
        String manager = person("libao", "ENTERPRISE_STAFF");
        String blogger = person("libao", "NEW_MEDIA");
        String book = created(officer.post("/api/outreach/address-books",
                "{\"keeperCadreId\":\"%s\"}".formatted(keeper)), "bookId");
        refused(409, "bookId", () -> officer.post("/api/outreach/address-books",
                "{\"keeperCadreId\":\"%s\"}".formatted(keeper)));
        assertThat(officer.post("/api/outreach/address-books/" + book + "/entries",
                "{\"personId\":\"%s\",\"online\":true}".formatted(engineer)).status()).isEqualTo(200);
        refused(409, "personId", () -> officer.post("/api/outreach/address-books/" + book + "/entries",
                "{\"personId\":\"%s\",\"online\":false}".formatted(engineer)));
        refused(422, "personId", () -> officer.post("/api/outreach/address-books/" + book + "/entries",
                "{\"personId\":\"%s\",\"online\":false}".formatted(blogger)));

        String form = created(officer.post("/api/outreach/opinion-forms", """
                {"title":"What would help?","questions":["Which policy helped?","What next?"]}"""), "formId");
        assertThat(officer.post("/api/outreach/opinion-forms/" + form + "/issues", """
                {"issuedOn":"%s","personIds":["%s","%s"]}""".formatted(TODAY, engineer, manager)).status())
                .isEqualTo(200);
        refused(400, "answers", () -> officer.post("/api/outreach/opinion-forms/" + form + "/returns", """
                {"personId":"%s","returnedOn":"%s","answers":["Only one"]}""".formatted(engineer, TODAY)));
        assertThat(officer.post("/api/outreach/opinion-forms/" + form + "/returns", """
                {"personId":"%s","returnedOn":"%s","answers":["Housing","A lab"]}""".formatted(engineer, TODAY))
                .status()).isEqualTo(200);
        refused(409, "personId", () -> officer.post("/api/outreach/opinion-forms/" + form + "/returns", """
                {"personId":"%s","returnedOn":"%s","answers":["Again","Again"]}""".formatted(engineer, TODAY)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get("/api/outreach/opinion-forms/" + form)
                .json().path("responseRate").asDouble()).isEqualTo(0.5));
        assertThat(officer.get("/api/outreach/address-books/" + book).json().at("/entries/0/personId").asText())
                .isEqualTo(engineer);

        // Last year's first half is over: file it, then log a visit of that half late, and correct the summary.
        int year = TODAY.getYear() - 1;
        String firm = organisation("Libao Machinery", "PRIVATE_ENTERPRISE", "ENTERPRISE_STAFF", "libao", 300, 60);
        String summary = created(officer.post("/api/outreach/contact-summaries", """
                {"year":%d,"half":1,"narrative":"First filing"}""".formatted(year)), "summaryId");
        refused(409, "summaryId", () -> officer.post("/api/outreach/contact-summaries", """
                {"year":%d,"half":1,"narrative":"Again"}""".formatted(year)));
        refused(400, "half", () -> officer.post("/api/outreach/contact-summaries", """
                {"year":%d,"half":2,"narrative":"Too early"}""".formatted(TODAY.getYear())));
        await().atMost(PATIENCE).until(() -> officer.get("/api/outreach/contact-summaries/" + summary).status()
                == 200);
        long filedVisits = officer.get("/api/outreach/contact-summaries/" + summary).json()
                .at("/filings/0/figures/visits").asLong();
        String late = created(officer.post("/api/outreach/visits", """
                {"organisationId":"%s","plannedFor":"%d-03-10","leadCadreId":"%s"}""".formatted(firm, year, keeper)),
                "visitId");
        assertThat(officer.post("/api/outreach/visits/" + late + "/log", """
                {"visitedOn":"%d-03-10","leadCadreId":"%s","visitingCadreIds":[],"peopleMetIds":[],"findings":"Ok"}"""
                .formatted(year, keeper)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> officer.get("/api/outreach/visits/" + late).json().path("logged")
                .asBoolean());
        assertThat(officer.get("/api/outreach/contact-summaries/" + summary).json().at("/filings/0/figures/visits")
                .asLong()).as("frozen at filing").isEqualTo(filedVisits);
        assertThat(officer.post("/api/outreach/contact-summaries/" + summary + "/corrections",
                "{\"narrative\":\"One visit was logged late\"}").status()).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get("/api/outreach/contact-summaries/"
                + summary).json().path("filings").size()).isEqualTo(2));
        JsonNode filings = officer.get("/api/outreach/contact-summaries/" + summary).json().path("filings");
        assertThat(filings.at("/0/filing").asInt()).isEqualTo(2);
        assertThat(filings.at("/0/figures/visits").asLong()).isEqualTo(filedVisits + 1);
        assertThat(filings.at("/1/figures/visits").asLong()).isEqualTo(filedVisits);
        assertThat(filings.at("/1/narrative").asText()).isEqualTo("First filing");
        refused(404, "summaryId", () -> city.post("/api/outreach/contact-summaries/qutang-" + year + "-h1/corrections",
                "{\"narrative\":\"None filed\"}"));

        assertThat(ids(officer.get("/api/outreach/address-books?size=100"), "bookId")).contains(book);
        assertThat(ids(officer.get("/api/outreach/opinion-forms?size=100"), "formId")).contains(form);
        assertThat(ids(officer.get("/api/outreach/contact-summaries?year=" + year), "summaryId")).contains(summary);
        assertThat(ids(city.get("/api/outreach/address-books?township=qutang&size=100"), "bookId"))
                .doesNotContain(book);
        assertThat(officer.get("/api/outreach/opinion-forms?township=qutang").status()).isEqualTo(403);
    }

    private static String activity(String kind, String units) {
        return """
                {"category":"FREELANCER","kind":"%s","title":"Spring couplets","heldOn":"%s","partnerUnits":%s}"""
                .formatted(kind, TODAY, units);
    }

    private static String plan(String organisationId, String leadCadreId) {
        return """
                {"organisationId":"%s","plannedFor":"%s","leadCadreId":"%s"}"""
                .formatted(organisationId, TODAY.plusDays(7), leadCadreId);
    }

    private static String log(String lead, String personMet) {
        return """
                {"visitedOn":"%s","leadCadreId":"%s","visitingCadreIds":[],"peopleMetIds":["%s"],
                 "findings":"Needs a venue for staff training"}""".formatted(TODAY.minusDays(2), lead, personMet);
    }

    private static String problem(LocalDate due) {
        return """
                {"description":"No venue for staff training","owner":"Town HR office","dueOn":"%s"}"""
                .formatted(due);
    }

    private static String ballot(String voter, List<String> nominees) {
        return "{\"voterId\":\"%s\",\"nomineeIds\":[%s]}".formatted(voter, String.join(",", nominees.stream()
                .map(id -> "\"" + id + "\"").toList()));
    }

    private static String organisation(String name, String kind, String category, String township,
                                       int headcount, int influence) {
        return OutreachRecords.organisation(city, name, kind, category, township, headcount, influence);
    }

    private static String person(String township, String category) {
        return OutreachRecords.person(city, township, category);
    }

    private static String cadre(String level, String township) {
        return OutreachRecords.cadre(city, level, township);
    }

    private static List<String> ids(Reply page, String field) {
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path(field).asText()));
        return ids;
    }

    /** The call must be refused with this status as problem+json (naming the field, if given) and store nothing. */
    private static void refused(int status, String field, Supplier<Reply> call) {
        long before = suite.eventStoreHead(suite.outreach);
        Reply response = call.get();
        assertThat(response.status()).as(response.json().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(field);
        }
        assertThat(suite.eventStoreHead(suite.outreach)).isEqualTo(before);
    }
}
