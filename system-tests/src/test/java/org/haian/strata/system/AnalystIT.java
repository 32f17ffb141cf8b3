package org.haian.strata.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An analyst never sees a person's name or contact data, from any endpoint any service publishes: every GET in every
 * service's OpenAPI document is called with an analyst's token, with real values in its path.
 */
@ExtendWith(SuiteExtension.class)
class AnalystIT {

    /** Field names that carry personal data anywhere in this system. */
    private static final Set<String> PERSONAL_FIELDS = Set.of("name", "organisation", "role", "phone", "email",
            "wechat", "contact", "contacts", "address", "notes");

    @Test
    void noEndpointAnAnalystCanReachReturnsPersonalData(Suite suite) {
        Caller city = suite.api().as("city-admin");
        String name = "Analyst-Probe " + UUID.randomUUID();
        String personId = city.post("/api/liaison/people",
                "{\"name\":\"" + name + "\",\"category\":\"FREELANCER\",\"township\":\"baidian\"}")
                .json().get("personId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> city.get("/api/liaison/people/" + personId).status() == 200);
        Map<String, String> pathValues = Map.of("personId", personId, "township", "baidian", "category", "FREELANCER",
                "cadreId", "cadre-libao");

        Caller analyst = suite.api().as("analyst");
        Caller anonymous = suite.api().anonymous();
        List<String> reached = new ArrayList<>();
        for (String service : List.of("liaison", "outreach", "contribution", "analytics", "reminders")) {
            JsonNode paths = anonymous.get("/openapi/" + service).json().path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getValue().has("get")) {
                    continue;
                }
                String url = path.getKey();
                for (Map.Entry<String, String> value : pathValues.entrySet()) {
                    url = url.replace("{" + value.getKey() + "}", value.getValue());
                }
                // Any other record the analyst would have to guess: a made-up id must not open a door either.
                url = url.replaceAll("\\{[^}]+}", "unknown");
                Reply response = analyst.get(url);
                if (response.status() == 200) {
                    reached.add(url);
                    assertNoPersonalData(url, response.json(), name);
                } else {
                    assertThat(response.status()).as(url).isIn(403, 404);
                }
            }
        }
        assertThat(reached).as("the analyst reaches the statistics").contains(
                "/api/analytics/townships/baidian", "/api/analytics/categories/FREELANCER");
    }

    private static void assertNoPersonalData(String url, JsonNode body, String name) {
        assertThat(body.toString()).as(url).doesNotContain(name);
        List<String> fields = new ArrayList<>();
        collectFieldNames(body, fields);
        // A township's own record carries its (public) name, and so does analytics' list of townships; no person's
        // record does.
        if (url.startsWith("/api/analytics/")) {
            fields.removeIf("name"::equals);
        } else {
            fields.remove("name");
        }
        assertThat(fields).as(url).doesNotContainAnyElementsOf(PERSONAL_FIELDS);
        if (url.startsWith("/api/analytics/townships/")) {
            assertThat(body.path("name").asText()).as(url).isEqualTo("白甸镇");
        }
    }

    private static void collectFieldNames(JsonNode node, List<String> names) {
        node.fields().forEachRemaining(field -> {
            names.add(field.getKey());
            collectFieldNames(field.getValue(), names);
        });
        node.elements().forEachRemaining(element -> collectFieldNames(element, names));
    }
}
