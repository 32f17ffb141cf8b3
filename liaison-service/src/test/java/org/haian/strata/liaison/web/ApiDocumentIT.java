package org.haian.strata.liaison.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The API document reads like the domain: operations grouped by feature, each with a summary, bodies with examples. */
@ServiceIT
class ApiDocumentIT {

    @Autowired
    ServiceClient service;

    @Test
    void operationsAreGroupedByFeatureWithTheChineseTermAndEachSaysWhatItDoes() {
        JsonNode document = service.as("city-admin").get("/v3/api-docs").expect(200).json();

        List<JsonNode> operations = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operations::add));
        assertThat(operations).isNotEmpty().allSatisfy(operation -> {
            assertThat(operation.path("summary").asText()).as(operation.path("operationId").asText()).isNotBlank();
            assertThat(operation.path("tags").get(0).asText()).matches(".+ \\p{IsHan}+");
        });
        assertThat(document.path("tags").findValuesAsText("name")).contains("People 人士库", "Listed liaison 列名联系",
                "Organisations 组织", "Joint conference 联席会议", "Association 新联会", "Work bases 工作基地");
    }

    @Test
    void everyRequestBodyComesWithAnExample() {
        JsonNode schemas = service.as("city-admin").get("/v3/api-docs").expect(200).json()
                .path("components").path("schemas");

        List<String> requests = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("Request")) {
                requests.add(name);
            }
        });
        assertThat(requests).isNotEmpty().allSatisfy(name ->
                assertThat(schemas.path(name).path("example").isMissingNode()).as(name + " has an example").isFalse());
    }
}
