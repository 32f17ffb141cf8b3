package org.haian.strata.liaison.web.people;

import java.util.List;
import java.util.UUID;

import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * liaison-service checks the token and the township itself, whatever the gateway did before: called directly, it
 * gives the same answers.
 */
@ServiceIT
class PeopleAccessIT {

    private static final String PEOPLE = "/api/liaison/people";

    @Autowired
    ServiceClient service;

    @Test
    void withoutATokenNothingIsAnsweredButA401Problem() {
        Reply response = service.anonymous().get(PEOPLE + "/x");

        response.expectProblem(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anAnalystAndACadreMayNotRegisterPeople() {
        for (String user : List.of("analyst", "cadre-libao")) {
            service.storesNothing(() -> service.as(user).post(PEOPLE, body("libao"))).expectProblem(403);
        }
    }

    @Test
    void aTownshipOfficerWhoNamesAnotherTownshipIsRefusedAndNothingIsStored() {
        service.storesNothing(() -> service.as("officer-libao").post(PEOPLE, body("qutang"))).expectProblem(403);
    }

    @Test
    void aTownshipOfficerRegistersIntoTheirOwnTownshipWhenTheyNameNone() {
        String personId = service.as("officer-libao").create(PEOPLE, """
                {"name":"Xu Min","category":"INTERMEDIARY"}""", "personId");

        assertThat(service.awaitReadable("officer-libao", PEOPLE + "/" + personId).map())
                .containsEntry("township", "libao");
    }

    @Test
    void anotherTownshipsPersonIsNotFoundForAnOfficerAndVisibleToTheCity() {
        String personId = service.as("officer-libao").create(PEOPLE, body("libao"), "personId");
        service.awaitReadable("city-admin", PEOPLE + "/" + personId);

        service.as("officer-qutang").get(PEOPLE + "/" + personId).expectProblem(404, "personId");
        service.as("officer-qutang").get(PEOPLE + "/" + personId + "/history").expectProblem(404, "personId");
        service.as("cadre-libao").get(PEOPLE + "/" + personId).expectProblem(404, "personId");
        service.as("analyst").get(PEOPLE + "/" + personId).expectProblem(403);
    }

    @Test
    void aPersonsHistoryShowsWhoDidWhatWhenAndForWhichRequest() {
        String personId = service.as("officer-libao").with("X-Request-Id", "history-check-1")
                .create(PEOPLE, body("libao"), "personId");

        Reply history = service.as("city-admin").get(PEOPLE + "/" + personId + "/history").expect(200);

        assertThat(history.list().get(0)).containsEntry("event", "PersonRegistered")
                .containsEntry("actingUser", "officer-libao")
                .containsEntry("requestId", "history-check-1")
                .containsEntry("township", "libao")
                .containsKey("at");
    }

    /** Someone new each time: a person is registered once per name, organisation and township. */
    private static String body(String township) {
        return """
                {"name":"Xu Min %s","category":"INTERMEDIARY","township":"%s","organisation":"Zhongrui Tax Agents"}"""
                .formatted(UUID.randomUUID(), township);
    }
}
