package org.haian.strata.testsupport;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One answer of the API as a client sees it: the status, the headers and the body, read as JSON or as one of the
 * service's own records. The {@code expect} methods assert and return the reply, so a test reads as a sentence.
 */
public record Reply(String request, int status, HttpHeaders headers, String body) {

    /** The body as a JSON tree; an empty body is an empty object. */
    public JsonNode json() {
        try {
            return body.isEmpty() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(request + " answered a body that is not JSON: " + body, e);
        }
    }

    /** The body as a JSON object, for tests that look at its fields by name. */
    public Map<String, Object> map() {
        return as(new TypeReference<>() {
        });
    }

    /** The body as a JSON array of objects. */
    public List<Map<String, Object>> list() {
        return as(new TypeReference<>() {
        });
    }

    /** The body read as the given type, the way a client of the API would bind it. */
    public <T> T as(Class<T> type) {
        return Json.read(body, type);
    }

    public <T> T as(TypeReference<T> type) {
        return Json.read(body, type);
    }

    /** A text field of the body. */
    public String text(String field) {
        return json().path(field).asText(null);
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public String location() {
        return headers.firstValue("Location").orElse(null);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Asserts the status. */
    public Reply expect(int expected) {
        assertThat(status).as(request + " answered " + body).isEqualTo(expected);
        return this;
    }

    /** Asserts a refusal: this status, as RFC 7807 problem+json. */
    public Reply expectProblem(int expected) {
        expect(expected);
        assertThat(contentType()).as(request + " answers problem+json").startsWith("application/problem+json");
        assertThat(json().path("status").asInt()).isEqualTo(expected);
        return this;
    }

    /** Asserts a refusal that names the field it is about, with a reason. */
    public Reply expectProblem(int expected, String field) {
        expectProblem(expected);
        assertThat(json().path("errors")).as(request + " names " + field + " in " + body)
                .anySatisfy(error -> {
                    assertThat(error.path("field").asText()).isEqualTo(field);
                    assertThat(error.path("reason").asText()).isNotBlank();
                });
        return this;
    }
}
