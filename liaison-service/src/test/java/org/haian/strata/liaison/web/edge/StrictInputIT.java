package org.haian.strata.liaison.web.edge;

import java.util.List;
import java.util.UUID;

import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge takes input as it is, never a guess of what was meant: a value of the wrong type, a repeated key, a
 * second document, a character no form can type, is refused with 400 naming the field, and nothing is stored.
 */
@ServiceIT
class StrictInputIT {

    private static final String PEOPLE = "/api/liaison/people";
    private static final String ORGANISATIONS = "/api/liaison/organisations";

    @Autowired
    ServiceClient service;
    private Caller city;

    @BeforeEach
    void setUp() {
        city = service.as("city-admin");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            // a repeated key is refused, never "last one wins"
            "{\"name\":\"A\",\"name\":\"B\",\"category\":\"NEW_MEDIA\",\"township\":\"libao\"}                | name",
            // a number is no text, and a text no number
            "{\"name\":4567,\"category\":\"NEW_MEDIA\",\"township\":\"libao\"}                                | name",
            // enums by their exact name: no number, no blank around it, no NUL after it
            "{\"name\":\"A\",\"category\":1,\"township\":\"libao\"}                                           | category",
            "{\"name\":\"A\",\"category\":\" NEW_MEDIA\",\"township\":\"libao\"}                              | category",
            "{\"name\":\"A\",\"category\":\"NEW_MEDIA\\u0000\",\"township\":\"libao\"}                        | category",
            // no control characters in text
            "{\"name\":\"A\\u0000\",\"category\":\"NEW_MEDIA\",\"township\":\"libao\"}                        | name",
            // a field the request does not have is a mistake worth telling
            "{\"name\":\"A\",\"category\":\"NEW_MEDIA\",\"township\":\"libao\",\"nmae\":\"x\"}                | nmae",
            // one document per request
            "{\"name\":\"A\",\"category\":\"NEW_MEDIA\",\"township\":\"libao\"} {\"name\":\"B\"}               | body"})
    void aRegistrationThatIsNotExactlyWhatItSaysIsRefusedNamingTheField(String body, String field) {
        service.storesNothing(() -> city.post(PEOPLE, body)).expectProblem(400, field);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "\"headcount\":0.5,\"influence\":10   | headcount",
            "\"headcount\":\"12\",\"influence\":10 | headcount",
            "\"headcount\":12,\"influence\":true   | influence",
            "\"headcount\":99999999999999999999,\"influence\":10 | headcount"})
    void aNumberIsANumberAndAWholeOne(String figures, String field) {
        service.storesNothing(() -> city.post(ORGANISATIONS, """
                {"name":"Strict %s","kind":"STUDIO","category":"FREELANCER","township":"libao",%s}"""
                .formatted(UUID.randomUUID(), figures))).expectProblem(400, field);
    }

    @Test
    void aDateIsWrittenAsADateNotAsANumber() {
        String person = city.create(PEOPLE, """
                {"name":"Date %s","category":"NEW_MEDIA","township":"libao"}""".formatted(UUID.randomUUID()),
                "personId");

        service.storesNothing(() -> city.post(PEOPLE + "/" + person + "/liaisons",
                "{\"cadreId\":\"cadre-libao\",\"since\":123}")).expectProblem(400, "since");
    }

    @ParameterizedTest(name = "?{0} is refused naming {1}")
    @CsvSource({"size=1%202, size", "page=%200, page", "category=%20NEW_MEDIA, category",
            "category=NEW_MEDIA%00, category", "name=Lu%00, name", "representative=yes, representative",
            "townshp=libao, townshp", "name=Lu&name=Wang, name", "size=5&size=50, size"})
    void aQueryParameterIsTakenExactlyAsWritten(String parameter, String field) {
        city.get(PEOPLE + "?" + parameter).expectProblem(400, field);
    }

    @Test
    void anErrorSaysWhatIsWrongInTheProjectsWordsNotTheLibrarys() {
        String detail = city.post(PEOPLE, "{\"name\":\"A\",,}").expectProblem(400, "body").json()
                .path("detail").asText();

        assertThat(detail).doesNotContain("Feature", "Jackson", "com.fasterxml", "Unexpected character");
    }

    @Test
    void anAnswerTheCallerCannotReadIsRefusedBeforeAnythingIsStored() {
        service.storesNothing(() -> city.with("Accept", "application/xml").post(ORGANISATIONS, """
                {"name":"Xml %s","kind":"STUDIO","category":"FREELANCER","township":"libao","headcount":2,
                 "influence":5}""".formatted(UUID.randomUUID()))).expectProblem(406);
    }

    @Test
    void aFormBodyIsRefusedAsUnsupportedNotReadAsParameters() {
        String person = city.create(PEOPLE, """
                {"name":"Form %s","category":"NEW_MEDIA","township":"libao"}""".formatted(UUID.randomUUID()),
                "personId");

        service.storesNothing(() -> city.send("PUT", PEOPLE + "/" + person + "/profile", "phone=13800000000",
                request -> request.setHeader("Content-Type", "application/x-www-form-urlencoded")))
                .expectProblem(415);
    }

    @Test
    void aBodyOfNoParticularTypeIsRefusedAsUnsupported() {
        service.storesNothing(() -> city.send("POST", ORGANISATIONS, """
                {"name":"Wild %s","kind":"STUDIO","category":"FREELANCER","township":"libao","headcount":2,
                 "influence":5}""".formatted(UUID.randomUUID()), request -> request.setHeader("Content-Type", "*/*")))
                .expectProblem(415);
    }

    /** A liaison "since +999999999-12-31" once made every township's figures and every cadre's list fail. */
    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"+999999999-12-31", "1949-09-30", "2999-01-01"})
    void aDayOutsideTheWindowOfThisWorkIsRefusedNamingTheField(String since) {
        String person = city.create(PEOPLE, """
                {"name":"Window %s","category":"NEW_MEDIA","township":"libao"}""".formatted(UUID.randomUUID()),
                "personId");

        service.storesNothing(() -> city.post(PEOPLE + "/" + person + "/liaisons",
                "{\"cadreId\":\"cadre-libao\",\"since\":\"" + since + "\"}")).expectProblem(400, "since");
    }

    @Test
    void invisibleCharactersDoNotMakeAnotherPersonAndTheVisibleNameFindsThem() {
        String organisation = "Invisible Works " + UUID.randomUUID();
        String registered = city.create(PEOPLE, """
                {"name":"卢克虎","category":"ENTERPRISE_STAFF","township":"libao","organisation":"%s"}"""
                .formatted(organisation), "personId");

        for (String typed : new String[] {"卢\\u200b克虎", "卢克虎\\u200e", "卢克\\u2060虎", "\\ufeff卢克虎"}) {
            assertThat(service.storesNothing(() -> city.post(PEOPLE, """
                    {"name":"%s","category":"ENTERPRISE_STAFF","township":"libao","organisation":"%s"}"""
                    .formatted(typed, organisation))).expectProblem(409, "name").text("existingPersonId"))
                    .as(typed).isEqualTo(registered);
        }
        service.awaitReadable("city-admin", PEOPLE + "/" + registered);
        assertThat(city.get(PEOPLE + "?name=%E5%8D%A2%E2%80%8B%E5%85%8B&organisation=" + organisation).json()
                .path("items").findValuesAsText("personId")).containsExactly(registered);
    }

    @Test
    void aNameThatGrowsBeyondItsLimitOnceWrittenOutIsRefusedNotAFailure() {
        // U+FDFA, one character of the form, is eighteen letters once written out.
        service.storesNothing(() -> city.post(PEOPLE, """
                {"name":"%s","category":"NEW_MEDIA","township":"libao","organisation":"Long"}"""
                .formatted("\uFDFA".repeat(100)))).expectProblem(400, "name");
    }

    @Test
    void whatSpringRefusesBeforeAControllerIsSaidInTheProjectsWordsToo() {
        Reply unknown = city.get("/api/liaison/nowhere").expectProblem(404);
        Reply method = city.send("PATCH", PEOPLE, null, request -> request).expectProblem(405);
        Reply missing = city.delete("/api/liaison/associations/a/members/p").expectProblem(400, "reason");

        for (Reply refusal : List.of(unknown, method, missing)) {
            assertThat(refusal.json().path("type").asText()).startsWith("urn:haian:problem:");
            assertThat(refusal.json().path("detail").asText()).doesNotContain("static resource", "Request method");
        }
    }
}
