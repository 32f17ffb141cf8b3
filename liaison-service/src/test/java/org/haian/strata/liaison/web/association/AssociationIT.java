package org.haian.strata.liaison.web.association;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.liaison.api.association.AssociationView;
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

/**
 * The association (新联会), its branches and members over HTTP, called directly. The association is the city's;
 * members are registered people, whom a township officer admits, removes and sees only in their own township.
 */
@ServiceIT
class AssociationIT {

    private static final String PATH = "/api/liaison/associations";

    @Autowired
    ServiceClient service;
    private Caller city;

    @BeforeEach
    void setUp() {
        city = service.as("city-admin");
    }

    @Test
    void theCityOpensBranchesAndAnOfficerAdmitsAndRemovesAPersonOfTheirTownship() {
        Reply established = city.post(PATH, "{\"name\":\"Hai'an New Social Strata Association\"}");
        assertThat(established.status()).isEqualTo(201);
        String id = established.text("associationId");
        assertThat(established.location()).isEqualTo(PATH + "/" + id);
        Reply opened = city.post(PATH + "/" + id + "/branches",
                "{\"name\":\"Libao branch\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}");
        assertThat(opened.status()).isEqualTo(201);
        String libao = opened.text("branchId");
        assertThat(opened.location()).isEqualTo(PATH + "/" + id + "/branches/" + libao);
        String health = city.create(PATH + "/" + id + "/branches",
                "{\"name\":\"Health branch\",\"kind\":\"SYSTEM\",\"system\":\"HEALTH\"}", "branchId");
        String person = person("officer-libao", "Lu Kehu", "libao");

        Reply admitted = service.as("officer-libao").post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + person + "\",\"branchId\":\"" + libao + "\"}");

        assertThat(admitted.status()).isEqualTo(201);
        assertThat(admitted.map()).containsEntry("associationId", id).containsEntry("personId", person);
        assertThat(admitted.location()).isEqualTo(PATH + "/" + id + "/members/" + person);
        assertThat(service.awaitReadable("officer-libao", PATH + "/" + id + "/members/" + person).map())
                .containsEntry("name", "Lu Kehu").containsEntry("township", "libao")
                .containsEntry("category", "ENTERPRISE_STAFF").containsEntry("branchId", libao)
                .containsEntry("branchName", "Libao branch");
        assertThat(service.as("officer-libao").get(PATH + "/" + id + "/members").list())
                .extracting("personId").containsExactly(person);
        AssociationView association = service.as("officer-qutang").get(PATH + "/" + id).as(AssociationView.class);
        assertThat(association.members()).isEqualTo(1);
        assertThat(association.membersAtLarge()).isZero();
        AssociationView.Branch healthBranch = new AssociationView.Branch(health, "Health branch", BranchKind.SYSTEM,
                null, AffiliationSystem.HEALTH, 0);
        assertThat(association.branches()).containsExactly(
                new AssociationView.Branch(libao, "Libao branch", BranchKind.TOWNSHIP, "libao", null, 1),
                healthBranch);
        assertThat(service.as("officer-qutang").get(PATH + "/" + id + "/branches/" + health)
                .as(AssociationView.Branch.class)).isEqualTo(healthBranch);
        assertThat(service.as("officer-libao").get(PATH).list()).extracting("associationId").contains(id);

        Reply removed = service.as("officer-libao").delete(PATH + "/" + id + "/members/" + person
                + "?reason=Moved to Shanghai");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.map()).containsEntry("personId", person);
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PATH + "/" + id + "/members").list())
                .isEmpty());
        assertThat(service.as("officer-libao").get(PATH + "/" + id + "/history").list()).extracting("event")
                .containsExactly("AssociationEstablished", "BranchOpened", "BranchOpened", "MemberAdmitted",
                        "MemberRemoved");
    }

    @Test
    void aMemberWhoIsArchivedLeavesTheAssociationWithARemovalOfTheirOwn() {
        // given
        String id = association();
        String person = person("officer-libao", "Qian Yue", "libao");
        admit("officer-libao", id, person);
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PATH + "/" + id + "/members").list())
                .extracting("personId").containsExactly(person));

        // when
        service.as("officer-libao").post("/api/liaison/people/" + person + "/archive",
                "{\"reason\":\"Moved to Nantong\"}").expect(200);

        // then
        await().atMost(READ_SIDE).untilAsserted(() -> {
            assertThat(city.get(PATH + "/" + id + "/members").list()).isEmpty();
            assertThat(city.get(PATH + "/" + id).as(AssociationView.class).members()).isZero();
        });
        assertThat(city.get(PATH + "/" + id + "/history").list()).last()
                .satisfies(removal -> assertThat(removal).containsEntry("event", "MemberRemoved")
                        .containsEntry("actingUser", "officer-libao"));
    }

    @Test
    void aPersonIsAdmittedOnceAndOnlyIfRegistered() {
        String id = association();
        String person = person("city-admin", "Xu Min", "libao");
        admit("city-admin", id, person);

        service.storesNothing(() -> city.post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + person + "\"}")).expectProblem(409, "personId");
        service.storesNothing(() -> city.post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + UUID.randomUUID() + "\"}")).expectProblem(404, "personId");
        String another = person("city-admin", "Wang Li", "libao");
        service.storesNothing(() -> city.post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + another + "\",\"branchId\":\"no-such-branch\"}")).expectProblem(404, "branchId");
        service.storesNothing(() -> city.post(PATH + "/" + UUID.randomUUID() + "/members",
                "{\"personId\":\"" + person + "\"}")).expectProblem(404, "associationId");
    }

    @Test
    void anOfficerNeitherAdmitsNorSeesNorRemovesAnotherTownshipsPerson() {
        String id = association();
        String qutang = person("city-admin", "Zhou Qing", "qutang");
        String libao = person("city-admin", "Chen Bo", "libao");

        service.storesNothing(() -> service.as("officer-libao").post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + qutang + "\"}")).expectProblem(404, "personId");

        admit("city-admin", id, qutang);
        admit("city-admin", id, libao);
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.get(PATH + "/" + id + "/members").list())
                .extracting("name").containsExactly("Chen Bo", "Zhou Qing"));
        assertThat(service.as("officer-libao").get(PATH + "/" + id + "/members").list())
                .extracting("personId").containsExactly(libao);
        service.as("officer-libao").get(PATH + "/" + id + "/members/" + qutang).expectProblem(404);
        service.storesNothing(() -> service.as("officer-libao").delete(PATH + "/" + id + "/members/"
                + qutang + "?reason=Not ours")).expectProblem(404);
        assertThat(service.as("officer-libao").get(PATH + "/" + id + "/history").list())
                .extracting("township").containsOnly(null, "libao");
        assertThat(city.delete(PATH + "/" + id + "/members/" + qutang + "?reason=Left").status())
                .isEqualTo(200);
    }

    @Test
    void aRemovalNeedsAReasonAndAMember() {
        String id = association();
        String person = person("city-admin", "Sun Yu", "libao");

        service.storesNothing(() -> city.delete(PATH + "/" + id + "/members/" + person
                + "?reason=Never joined")).expectProblem(409, "personId");
        admit("city-admin", id, person);
        service.storesNothing(() -> city.delete(PATH + "/" + id + "/members/" + person)).expectProblem(400, "reason");
        service.storesNothing(() -> city.delete(PATH + "/" + id + "/members/" + person + "?reason=")).expectProblem(400, "reason");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\" \",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}                    | name",
            "{\"name\":\"B\",\"township\":\"libao\"}                                          | kind",
            "{\"name\":\"B\",\"kind\":\"VILLAGE\",\"township\":\"libao\"}                     | kind",
            "{\"name\":\"B\",\"kind\":\"TOWNSHIP\"}                                           | township",
            "{\"name\":\"B\",\"kind\":\"TOWNSHIP\",\"township\":\"atlantis\"}                 | township",
            "{\"name\":\"B\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\",\"system\":\"HEALTH\"} | system",
            "{\"name\":\"B\",\"kind\":\"SYSTEM\"}                                             | system",
            "{\"name\":\"B\",\"kind\":\"SYSTEM\",\"system\":\"ARMY\"}                         | system",
            "{\"name\":\"B\",\"kind\":\"SYSTEM\",\"system\":\"HEALTH\",\"township\":\"libao\"} | township"})
    void aBranchWithBadInputIsRefusedNamingTheFieldAndStoresNothing(String body, String field) {
        String id = association();

        service.storesNothing(() -> city.post(PATH + "/" + id + "/branches", body)).expectProblem(400, field);
    }

    @Test
    void onlyTheCityEstablishesAssociationsAndOpensBranchesAndCadresAndAnalystsHaveNoAccess() {
        String id = association();
        String person = person("city-admin", "Li Na", "libao");
        for (String user : List.of("officer-libao", "cadre-libao", "analyst")) {
            Caller caller = service.as(user);
            service.storesNothing(() -> caller.post(PATH, "{\"name\":\"Another\"}")).expectProblem(403);
            service.storesNothing(() -> caller.post(PATH + "/" + id + "/branches",
                    "{\"name\":\"Libao branch\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}")).expectProblem(403);
        }
        for (String user : List.of("cadre-libao", "analyst")) {
            Caller caller = service.as(user);
            service.storesNothing(() -> caller.post(PATH + "/" + id + "/members",
                    "{\"personId\":\"" + person + "\"}")).expectProblem(403);
            caller.get(PATH).expectProblem(403);
            caller.get(PATH + "/" + id).expectProblem(403);
            caller.get(PATH + "/" + id + "/members").expectProblem(403);
            caller.get(PATH + "/" + id + "/history").expectProblem(403);
        }
        city.post(PATH, "{\"name\":\"\"}").expectProblem(400, "name");
    }

    @Test
    void anUnknownAssociationOrBranchIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        String id = association();

        city.get(PATH + "/" + unknown).expectProblem(404);
        city.get(PATH + "/" + unknown + "/members").expectProblem(404);
        city.get(PATH + "/" + unknown + "/history").expectProblem(404);
        service.storesNothing(() -> city.post(PATH + "/" + unknown + "/branches",
                "{\"name\":\"B\",\"kind\":\"SYSTEM\",\"system\":\"EDUCATION\"}")).expectProblem(404);
        service.awaitReadable("city-admin", PATH + "/" + id);
        city.get(PATH + "/" + id + "/branches/" + unknown).expectProblem(404);
    }

    private String association() {
        return city.create(PATH, "{\"name\":\"Hai'an New Social Strata Association\"}", "associationId");
    }

    /** Registers a person and waits until the registry can show them, as a member's name comes from there. */
    private String person(String user, String name, String township) {
        String id = service.as(user).create("/api/liaison/people", """
                {"name":"%s","category":"ENTERPRISE_STAFF","township":"%s"}""".formatted(name, township), "personId");
        service.awaitReadable("city-admin", "/api/liaison/people/" + id);
        return id;
    }

    private void admit(String user, String associationId, String personId) {
        assertThat(service.as(user).post(PATH + "/" + associationId + "/members", "{\"personId\":\"" + personId + "\"}")
                .status()).isEqualTo(201);
    }
}
