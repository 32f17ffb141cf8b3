package org.haian.strata.liaison.web.edge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's rights are decided from the write side: what was stored a moment ago counts at once, however far the
 * read models lag behind (they lagged 12 to 22 s behind under load, and each of these was a 404 until they caught
 * up). The read models are held still while each test runs, so a right taken from one could not pass.
 */
@ServiceIT
class RightsOnTheWriteSideIT {

    private static final List<String> READ_MODELS = List.of("person-directory", "cadre-registry",
            "organisation-directory");

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ServiceClient service;
    @Autowired
    EventProcessingConfiguration processing;
    private Caller officer;

    @BeforeEach
    void setUp() {
        officer = service.as("officer-libao");
        // The seeded cadre signs in as cadre-libao; the registry may know them from another test already.
        assertThat(officer.post("/api/liaison/cadres", """
                {"cadreId":"cadre-libao","name":"Libao cadre","level":"TOWNSHIP"}""").status()).isIn(201, 409);
        READ_MODELS.forEach(name -> processing.eventProcessor(name).orElseThrow().shutDown());
    }

    @AfterEach
    void tearDown() {
        READ_MODELS.forEach(name -> processing.eventProcessor(name).orElseThrow().start());
    }

    @Test
    void aCadreLogsAContactTheMomentTheirAssignmentIsStored() {
        String person = person();

        officer.post("/api/liaison/people/" + person + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY.minusDays(1))).expect(200);

        service.as("cadre-libao").post("/api/liaison/people/" + person + "/contacts", """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY)).expect(200);
    }

    @Test
    void aCadreRegisteredAMomentAgoIsAssignedAtOnce() {
        String person = person();
        String cadre = "deputy." + UUID.randomUUID().toString().substring(0, 8);
        officer.post("/api/liaison/cadres", """
                {"cadreId":"%s","name":"Deputy","level":"TOWNSHIP"}""".formatted(cadre)).expect(201);

        officer.post("/api/liaison/people/" + person + "/liaisons", """
                {"cadreId":"%s","since":"%s"}""".formatted(cadre, TODAY)).expect(200);
    }

    @Test
    void anOrganisationRegisteredAMomentAgoAnchorsABaseAtOnce() {
        String organisation = officer.create("/api/liaison/organisations", """
                {"name":"Anchor %s","kind":"SOCIAL_ORGANISATION","category":"INTERMEDIARY","headcount":30,
                 "influence":40}""".formatted(UUID.randomUUID()), "organisationId");

        officer.post("/api/liaison/bases", """
                {"name":"Base on it","category":"INTERMEDIARY","anchorOrganisationId":"%s"}""".formatted(organisation))
                .expect(201);
    }

    private String person() {
        return officer.create("/api/liaison/people", """
                {"name":"Rights %s","category":"NEW_MEDIA"}""".formatted(UUID.randomUUID()), "personId");
    }
}
