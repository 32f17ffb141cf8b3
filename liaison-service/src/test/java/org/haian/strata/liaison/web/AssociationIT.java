package org.haian.strata.liaison.web;

import java.util.HashMap;
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

/**
 * The association (新联会), its branches and members over HTTP, called directly. The association is the city's;
 * members are registered people, whom a township officer admits, removes and sees only in their own township.
 */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssociationIT {

    private static final String PATH = "/api/liaison/associations";

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
    void theCityOpensBranchesAndAnOfficerAdmitsAndRemovesAPersonOfTheirTownship() {
        ResponseEntity<Map> established = city.post(PATH, "{\"name\":\"Hai'an New Social Strata Association\"}");
        assertThat(established.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) established.getBody().get("associationId");
        assertThat(established.getHeaders().getLocation()).hasToString(PATH + "/" + id);
        ResponseEntity<Map> opened = city.post(PATH + "/" + id + "/branches",
                "{\"name\":\"Libao branch\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}");
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String libao = (String) opened.getBody().get("branchId");
        assertThat(opened.getHeaders().getLocation()).hasToString(PATH + "/" + id + "/branches/" + libao);
        String health = city.create(PATH + "/" + id + "/branches",
                "{\"name\":\"Health branch\",\"kind\":\"SYSTEM\",\"system\":\"HEALTH\"}", "branchId");
        String person = person("officer-libao", "Lu Kehu", "libao");

        ResponseEntity<Map> admitted = service.as("officer-libao").post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + person + "\",\"branchId\":\"" + libao + "\"}");

        assertThat(admitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(admitted.getBody()).containsEntry("associationId", id).containsEntry("personId", person);
        assertThat(admitted.getHeaders().getLocation()).hasToString(PATH + "/" + id + "/members/" + person);
        assertThat(service.awaitReadable("officer-libao", PATH + "/" + id + "/members/" + person))
                .containsEntry("name", "Lu Kehu").containsEntry("township", "libao")
                .containsEntry("category", "ENTERPRISE_STAFF").containsEntry("branchId", libao)
                .containsEntry("branchName", "Libao branch");
        assertThat(service.as("officer-libao").getList(PATH + "/" + id + "/members").getBody())
                .extracting("personId").containsExactly(person);
        Map<String, Object> association = service.as("officer-qutang").get(PATH + "/" + id).getBody();
        assertThat(association).containsEntry("members", 1).containsEntry("membersAtLarge", 0);
        assertThat((List<Map<String, Object>>) association.get("branches"))
                .containsExactly(
                        branch(libao, "Libao branch", "TOWNSHIP", "libao", null, 1),
                        branch(health, "Health branch", "SYSTEM", null, "HEALTH", 0));
        assertThat(service.as("officer-qutang").get(PATH + "/" + id + "/branches/" + health).getBody())
                .isEqualTo(branch(health, "Health branch", "SYSTEM", null, "HEALTH", 0));
        assertThat(service.as("officer-libao").getList(PATH).getBody()).extracting("associationId").contains(id);

        ResponseEntity<Map> removed = service.as("officer-libao").delete(PATH + "/" + id + "/members/" + person
                + "?reason=Moved to Shanghai");

        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(removed.getBody()).containsEntry("personId", person);
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.getList(PATH + "/" + id + "/members").getBody())
                .isEmpty());
        assertThat(service.as("officer-libao").getList(PATH + "/" + id + "/history").getBody()).extracting("event")
                .containsExactly("AssociationEstablished", "BranchOpened", "BranchOpened", "MemberAdmitted",
                        "MemberRemoved");
    }

    @Test
    void aPersonIsAdmittedOnceAndOnlyIfRegistered() {
        String id = association();
        String person = person("city-admin", "Xu Min", "libao");
        admit("city-admin", id, person);

        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + person + "\"}")), HttpStatus.CONFLICT, "personId");
        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + UUID.randomUUID() + "\"}")), HttpStatus.NOT_FOUND, "personId");
        String another = person("city-admin", "Wang Li", "libao");
        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + another + "\",\"branchId\":\"no-such-branch\"}")), HttpStatus.NOT_FOUND,
                "branchId");
        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + UUID.randomUUID() + "/members",
                "{\"personId\":\"" + person + "\"}")), HttpStatus.NOT_FOUND, "associationId");
    }

    @Test
    void anOfficerNeitherAdmitsNorSeesNorRemovesAnotherTownshipsPerson() {
        String id = association();
        String qutang = person("city-admin", "Zhou Qing", "qutang");
        String libao = person("city-admin", "Chen Bo", "libao");

        assertProblem(service.storesNothing(() -> service.as("officer-libao").post(PATH + "/" + id + "/members",
                "{\"personId\":\"" + qutang + "\"}")), HttpStatus.NOT_FOUND, "personId");

        admit("city-admin", id, qutang);
        admit("city-admin", id, libao);
        await().atMost(READ_SIDE).untilAsserted(() -> assertThat(city.getList(PATH + "/" + id + "/members").getBody())
                .extracting("name").containsExactly("Chen Bo", "Zhou Qing"));
        assertThat(service.as("officer-libao").getList(PATH + "/" + id + "/members").getBody())
                .extracting("personId").containsExactly(libao);
        assertProblem(service.as("officer-libao").get(PATH + "/" + id + "/members/" + qutang), HttpStatus.NOT_FOUND);
        assertProblem(service.storesNothing(() -> service.as("officer-libao").delete(PATH + "/" + id + "/members/"
                + qutang + "?reason=Not ours")), HttpStatus.NOT_FOUND);
        assertThat(service.as("officer-libao").getList(PATH + "/" + id + "/history").getBody())
                .extracting("township").containsOnly(null, "libao");
        assertThat(city.delete(PATH + "/" + id + "/members/" + qutang + "?reason=Left").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRemovalNeedsAReasonAndAMember() {
        String id = association();
        String person = person("city-admin", "Sun Yu", "libao");

        assertProblem(service.storesNothing(() -> city.delete(PATH + "/" + id + "/members/" + person
                + "?reason=Never joined")), HttpStatus.CONFLICT, "personId");
        admit("city-admin", id, person);
        assertProblem(service.storesNothing(() -> city.delete(PATH + "/" + id + "/members/" + person)),
                HttpStatus.BAD_REQUEST, "reason");
        assertProblem(service.storesNothing(() -> city.delete(PATH + "/" + id + "/members/" + person + "?reason=")),
                HttpStatus.BAD_REQUEST, "reason");
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

        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + id + "/branches", body)),
                HttpStatus.BAD_REQUEST, field);
    }

    @Test
    void onlyTheCityEstablishesAssociationsAndOpensBranchesAndCadresAndAnalystsHaveNoAccess() {
        String id = association();
        String person = person("city-admin", "Li Na", "libao");
        for (String user : List.of("officer-libao", "cadre-libao", "analyst")) {
            ServiceClient.Caller caller = service.as(user);
            assertProblem(service.storesNothing(() -> caller.post(PATH, "{\"name\":\"Another\"}")),
                    HttpStatus.FORBIDDEN);
            assertProblem(service.storesNothing(() -> caller.post(PATH + "/" + id + "/branches",
                    "{\"name\":\"Libao branch\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}")), HttpStatus.FORBIDDEN);
        }
        for (String user : List.of("cadre-libao", "analyst")) {
            ServiceClient.Caller caller = service.as(user);
            assertProblem(service.storesNothing(() -> caller.post(PATH + "/" + id + "/members",
                    "{\"personId\":\"" + person + "\"}")), HttpStatus.FORBIDDEN);
            assertProblem(caller.get(PATH), HttpStatus.FORBIDDEN);
            assertProblem(caller.get(PATH + "/" + id), HttpStatus.FORBIDDEN);
            assertProblem(caller.get(PATH + "/" + id + "/members"), HttpStatus.FORBIDDEN);
            assertProblem(caller.get(PATH + "/" + id + "/history"), HttpStatus.FORBIDDEN);
        }
        assertProblem(city.post(PATH, "{\"name\":\"\"}"), HttpStatus.BAD_REQUEST, "name");
    }

    @Test
    void anUnknownAssociationOrBranchIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        String id = association();

        assertProblem(city.get(PATH + "/" + unknown), HttpStatus.NOT_FOUND);
        assertProblem(city.get(PATH + "/" + unknown + "/members"), HttpStatus.NOT_FOUND);
        assertProblem(city.get(PATH + "/" + unknown + "/history"), HttpStatus.NOT_FOUND);
        assertProblem(service.storesNothing(() -> city.post(PATH + "/" + unknown + "/branches",
                "{\"name\":\"B\",\"kind\":\"SYSTEM\",\"system\":\"EDUCATION\"}")), HttpStatus.NOT_FOUND);
        service.awaitReadable("city-admin", PATH + "/" + id);
        assertProblem(city.get(PATH + "/" + id + "/branches/" + unknown), HttpStatus.NOT_FOUND);
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
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static Map<String, Object> branch(String id, String name, String kind, String township, String system,
                                              int members) {
        Map<String, Object> branch = new HashMap<>();
        branch.put("branchId", id);
        branch.put("name", name);
        branch.put("kind", kind);
        branch.put("township", township);
        branch.put("system", system);
        branch.put("members", members);
        return branch;
    }
}
