package org.haian.strata.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile requests made from one service's OpenAPI document, so that every documented operation is probed and a new
 * one is probed without anyone writing a test for it. Each operation's example body (the {@code @Schema} example of
 * its request) is mutated one field at a time (a value of another JSON type, {@code null} or nothing where a value is
 * required, text one character too long, control characters, a value outside the enum, an impossible or
 * non-ISO date, an unknown field) and as a whole (not JSON, not an object, nested too deep, a repeated key, larger
 * than the gateway takes, another content type); its path and query values are replaced by injection, traversal and
 * look-alike attempts; and it is sent with odd headers. Each request says what a clean refusal of it is.
 */
final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values no path segment of this API holds: SQL and NoSQL injection, traversal, script, look-alikes, JNDI. */
    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "' OR '1'='1", "{\"$ne\":null}", "../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "*", " ", "x;jsessionid=1",
            "海安\u202Egnp.exe", "a".repeat(2000), "null", "-1", "0x10", "1e3");

    /** Filters that a store which took them as a pattern or an operator would answer with every record. */
    private static final List<String> INJECTED_FILTERS = List.of(
            ".*", "^", "(", "[", "\\", "{\"$gt\":\"\"}", "' OR '1'='1", "%", "_", "*");

    private final JsonNode document;
    private final List<Probe> probes = new ArrayList<>();

    private HostileRequests(JsonNode document) {
        this.document = document;
    }

    /** Every hostile request for every operation the document describes. */
    static List<Probe> of(JsonNode document) {
        HostileRequests requests = new HostileRequests(document);
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> requests.probe(operation.getKey().toUpperCase(), path.getKey(), operation.getValue())));
        return requests.probes;
    }

    private void probe(String method, String template, JsonNode operation) {
        Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
        Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            Map<String, JsonNode> into = "path".equals(parameter.path("in").asText()) ? pathParameters
                    : "query".equals(parameter.path("in").asText()) ? queryParameters : null;
            if (into != null) {
                into.put(parameter.path("name").asText(), parameter);
            }
        }
        String name = method + " " + template;
        JsonNode body = operation.at("/requestBody/content/application~1json/schema");
        ObjectNode example = body.isMissingNode() ? null : example(name, resolve(body));
        String exampleText = example == null ? null : example.toString();
        String path = concrete(template, pathParameters, Map.of());
        String query = requiredQuery(queryParameters);

        headerProbes(name, method, path + query, example);
        for (Map.Entry<String, JsonNode> parameter : pathParameters.entrySet()) {
            for (String value : HOSTILE_SEGMENTS) {
                add(new Probe(name + " with " + parameter.getKey() + "=" + shorten(value), method,
                        concrete(template, pathParameters, Map.of(parameter.getKey(), value)) + query,
                        exampleText == null ? null : "application/json", exampleText, Set.of(400, 404), null,
                        false));
            }
        }
        add(new Probe(name + " with an unknown query parameter", method,
                path + (query.isEmpty() ? "?" : query + "&") + "surprise=x",
                exampleText == null ? null : "application/json", exampleText, Set.of(400), "surprise", false));
        for (Map.Entry<String, JsonNode> parameter : queryParameters.entrySet()) {
            queryProbes(name, method, path, parameter.getKey(), resolve(parameter.getValue().path("schema")),
                    queryParameters, exampleText);
        }
        if (example != null) {
            bodyProbes(name, method, path + query, resolve(body), example);
        }
    }

    /**
     * Odd headers, each on a request that is refused anyway (an unknown query parameter, and an unknown field in a
     * body), so that a header let through stores nothing either and starts nothing: the answer is the header's
     * refusal or the request's.
     */
    private void headerProbes(String name, String method, String path, ObjectNode example) {
        String refused = path + (path.contains("?") ? "&" : "?") + "surprise=x";
        String body = example == null ? null : example.deepCopy().put("surprise", "x").toString();
        String contentType = body == null ? null : "application/json";
        Map<Map<String, String>, Set<Integer>> odd = new LinkedHashMap<>();
        odd.put(Map.of("Authorization", "Bearer not.a.token"), Set.of(401));
        odd.put(Map.of("Authorization", "Basic Y2l0eS1hZG1pbjpoYWlhbi1sb2NhbA=="), Set.of(401));
        odd.put(Map.of("Authorization", "Bearer " + "x".repeat(9000)), Set.of(401, 431));
        odd.put(Map.of("Accept", "application/xml"), Set.of(400, 406));
        odd.put(Map.of("Accept", "text/html;q=x, */*;;"), Set.of(400, 406));
        odd.put(Map.of("X-Request-Id", "x".repeat(5000)), Set.of(400, 431));
        odd.put(Map.of("X-Request-Id", "<script>alert(1)</script>"), Set.of(400));
        odd.put(Map.of("X-Forwarded-For", "127.0.0.1, ' OR '1'='1"), Set.of(400));
        odd.put(Map.of("X-Forwarded-Host", "evil.example"), Set.of(400));
        odd.put(Map.of("Accept-Language", "'; DROP TABLE people; --"), Set.of(400));
        if (body != null) {
            odd.put(Map.of("Content-Type", "application/json; charset=nonsense"), Set.of(400, 415));
            odd.put(Map.of("Content-Type", "application/json; charset=ISO-8859-1"), Set.of(400, 415));
            odd.put(Map.of("Content-Encoding", "gzip"), Set.of(400, 415));
        }
        odd.forEach((headers, allowed) -> add(new Probe(name + " with " + shorten(headers.toString()), method,
                refused, contentType, body, allowed, null, false, headers)));
    }

    private void queryProbes(String name, String method, String path, String parameter, JsonNode schema,
                             Map<String, JsonNode> all, String body) {
        String others = all.entrySet().stream()
                .filter(other -> !other.getKey().equals(parameter) && other.getValue().path("required").asBoolean())
                .map(other -> other.getKey() + "=x")
                .map(pair -> "&" + pair)
                .collect(Collectors.joining());
        String contentType = body == null ? null : "application/json";
        Consumer<QueryValue> send = value -> add(new Probe(name + " with ?" + parameter + "=" + shorten(value.text),
                method, path + "?" + parameter + "=" + encode(value.text) + others, contentType, body,
                value.allowed, value.named ? parameter : null, value.listsNothing));
        String type = type(schema);
        if (schema.has("enum")) {
            send.accept(QueryValue.refused("NOT_A_VALUE"));
            send.accept(QueryValue.refused(schema.path("enum").get(0).asText().toLowerCase()));
            send.accept(QueryValue.refused(" " + schema.path("enum").get(0).asText()));
        } else if ("integer".equals(type)) {
            for (String number : List.of("abc", "1.5", "1e3", "0x10", " 1", "1 2", "99999999999999999999")) {
                send.accept(QueryValue.refused(number));
            }
            if (schema.path("minimum").asDouble(-1) >= 0) {
                send.accept(QueryValue.refused("-1"));
            }
        } else if ("boolean".equals(type)) {
            for (String flag : List.of("yes", "1", "TRUE", " true", "")) {
                send.accept(QueryValue.refused(flag));
            }
        } else {
            for (String filter : INJECTED_FILTERS) {
                send.accept(new QueryValue(filter, Set.of(200, 400, 404), false, true));
            }
        }
        send.accept(QueryValue.refused("a\u0000b"));
        send.accept(QueryValue.refused("a\u001b[31mb"));
        if (!"array".equals(type)) {
            String first = schema.has("enum") ? schema.path("enum").get(0).asText()
                    : "integer".equals(type) ? "1" : "boolean".equals(type) ? "true" : "x";
            add(new Probe(name + " with ?" + parameter + " given twice", method,
                    path + "?" + parameter + "=" + first + "&" + parameter + "=" + first + others, contentType, body,
                    Set.of(400), parameter, false));
        }
    }

    private void bodyProbes(String name, String method, String path, JsonNode schema, ObjectNode example) {
        Set<String> required = StreamSupport.stream(schema.path("required").spliterator(), false)
                .map(JsonNode::asText).collect(Collectors.toSet());
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String field = property.getKey();
            for (Mutation mutation : mutations(field, resolve(property.getValue()), example,
                    required.contains(field))) {
                ObjectNode mutated = example.deepCopy();
                if (mutation.value == null) {
                    mutated.remove(field);
                } else {
                    mutated.set(field, mutation.value);
                }
                add(new Probe(name + " with " + field + " " + mutation.what, method, path, "application/json",
                        mutated.toString(), Set.of(400), field, false));
            }
        }
        ObjectNode surprise = example.deepCopy().put("surprise", "x");
        add(new Probe(name + " with an unknown field", method, path, "application/json", surprise.toString(),
                Set.of(400), "surprise", false));
        String text = example.toString();
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("a truncated body", text.substring(0, text.length() - 1));
        malformed.put("an empty body", "");
        malformed.put("an array body", "[" + text + "]");
        malformed.put("a text body", "\"" + text.replace("\"", "\\\"") + "\"");
        malformed.put("a null body", "null");
        malformed.put("a number body", "12");
        malformed.put("two documents", text + text);
        malformed.put("a body nested 5000 deep", "{\"surprise\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        malformed.put("a comment", "/* x */" + text);
        malformed.put("single quotes", text.replace('"', '\''));
        malformed.put("a trailing comma", text.substring(0, text.length() - 1) + ",}");
        example.fieldNames().forEachRemaining(field -> {
            if (!malformed.containsKey("a repeated key")) {
                malformed.put("a repeated key", "{\"" + field + "\":" + example.get(field) + "," + text.substring(1));
            }
        });
        malformed.forEach((what, raw) -> add(new Probe(name + " with " + what, method, path, "application/json", raw,
                Set.of(400), null, false)));
        add(new Probe(name + " with a body larger than the gateway takes", method, path, "application/json",
                "{\"surprise\":\"" + "x".repeat(300 * 1024) + "\"}", Set.of(413), null, false));
        for (String other : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            add(new Probe(name + " as " + other, method, path, other, text, Set.of(415), null, false));
        }
    }

    /** The values a field of this schema must refuse; a {@code null} value means the field is left out. */
    private List<Mutation> mutations(String field, JsonNode schema, ObjectNode example, boolean required) {
        List<Mutation> mutations = new ArrayList<>();
        if (required) {
            mutations.add(new Mutation("left out", null));
            mutations.add(new Mutation("as null", NODES.nullNode()));
        }
        String type = type(schema);
        if (!"object".equals(type)) {
            mutations.add(new Mutation("as an object", NODES.objectNode().put("surprise", "x")));
        }
        if (!"array".equals(type)) {
            mutations.add(new Mutation("as an array", NODES.arrayNode().add("x")));
        }
        switch (type) {
            case "string" -> {
                mutations.add(new Mutation("as a number", NODES.numberNode(12345)));
                mutations.add(new Mutation("as a boolean", NODES.booleanNode(true)));
                mutations.add(new Mutation("with a NUL", NODES.textNode("a\u0000b")));
                mutations.add(new Mutation("with an escape sequence", NODES.textNode("a\u001b[31mb")));
                if (schema.has("enum")) {
                    String first = schema.path("enum").get(0).asText();
                    mutations.add(new Mutation("outside its enum", NODES.textNode("NOT_A_VALUE")));
                    mutations.add(new Mutation("in lower case", NODES.textNode(first.toLowerCase())));
                    mutations.add(new Mutation("with a blank around it", NODES.textNode(first + " ")));
                } else if ("date".equals(schema.path("format").asText())) {
                    for (String date : List.of("2024-02-30", "12/06/2024", "2024-6-1", "2024-06-12T00:00:00Z",
                            "+12024-06-12", "")) {
                        mutations.add(new Mutation("as the date " + date, NODES.textNode(date)));
                    }
                    mutations.add(new Mutation("as days since 1970", NODES.numberNode(19886)));
                } else if ("date-time".equals(schema.path("format").asText())) {
                    mutations.add(new Mutation("as a date without time", NODES.textNode("2024-06-12")));
                    mutations.add(new Mutation("as milliseconds", NODES.numberNode(1718150400000L)));
                }
                if (schema.has("maxLength")) {
                    mutations.add(new Mutation("one character too long",
                            NODES.textNode("x".repeat(schema.path("maxLength").asInt() + 1))));
                }
            }
            case "integer", "number" -> {
                mutations.add(new Mutation("as text", NODES.textNode("12")));
                mutations.add(new Mutation("as a boolean", NODES.booleanNode(true)));
                if ("integer".equals(type)) {
                    mutations.add(new Mutation("as a fraction", NODES.numberNode(1.5)));
                    mutations.add(new Mutation("beyond a long", NODES.numberNode(
                            new java.math.BigInteger("99999999999999999999"))));
                }
            }
            case "boolean" -> {
                mutations.add(new Mutation("as text", NODES.textNode("true")));
                mutations.add(new Mutation("as a number", NODES.numberNode(1)));
            }
            case "array" -> {
                mutations.add(new Mutation("as text", NODES.textNode("x")));
                JsonNode items = resolve(schema.path("items"));
                if ("string".equals(type(items))) {
                    mutations.add(new Mutation("with a number in it", NODES.arrayNode().add(12345)));
                    mutations.add(new Mutation("with a null in it", NODES.arrayNode().addNull()));
                }
                if (schema.has("maxItems")) {
                    JsonNode item = example.path(field).path(0);
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                        many.add(item.isMissingNode() ? NODES.textNode("x" + i) : item);
                    }
                    mutations.add(new Mutation("with one item too many", many));
                }
            }
            case "object" -> mutations.add(new Mutation("as text", NODES.textNode("x")));
            default -> throw new AssertionError("The document gives " + field + " no type this test knows: " + schema);
        }
        return mutations;
    }

    private ObjectNode example(String operation, JsonNode schema) {
        JsonNode example = schema.path("example");
        if (example.isTextual()) {
            try {
                example = JSON.readTree(example.asText());
            } catch (Exception e) {
                throw new AssertionError(operation + " documents an example that is not JSON: " + example, e);
            }
        }
        if (!example.isObject()) {
            throw new AssertionError(operation + " documents no example body (@Schema(example = ...) on its request)");
        }
        return (ObjectNode) example;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref != null) {
            return resolve(document.at(ref.substring(1)));
        }
        JsonNode all = schema.path("allOf");
        return all.size() == 1 ? resolve(all.get(0)) : schema;
    }

    /** The schema's JSON type; OpenAPI 3.1 may give a list with "null" in it. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
        }
        return type.asText(schema.has("properties") ? "object" : schema.has("enum") ? "string" : "");
    }

    /** The path with every parameter a well-formed id that names nothing, or the hostile value given for it. */
    private static String concrete(String template, Map<String, JsonNode> parameters, Map<String, String> values) {
        String path = template;
        for (String parameter : parameters.keySet()) {
            String value = values.containsKey(parameter) ? encode(values.get(parameter))
                    : UUID.randomUUID().toString();
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    private static String requiredQuery(Map<String, JsonNode> parameters) {
        String required = parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue().path("required").asBoolean())
                .map(parameter -> parameter.getKey() + "=x")
                .collect(Collectors.joining("&"));
        return required.isEmpty() ? "" : "?" + required;
    }

    /** Percent-encoded as a browser would send it, except that what is encoded already is sent as it stands. */
    private static String encode(String value) {
        return value.contains("%2") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " characters)" : value;
    }

    private void add(Probe probe) {
        probes.add(probe);
    }

    private record Mutation(String what, JsonNode value) {
    }

    private record QueryValue(String text, Set<Integer> allowed, boolean named, boolean listsNothing) {
        static QueryValue refused(String text) {
            return new QueryValue(text, Set.of(400), true, false);
        }
    }

    /**
     * One hostile request and what a clean refusal of it is.
     *
     * @param allowed      the statuses a clean answer may have
     * @param field        the field or parameter a 400 must name, if the request is wrong in one place
     * @param listsNothing whether a 200 must list no record (an injected filter matches nothing stored)
     * @param headers      headers sent besides the caller's own, replacing theirs of the same name
     */
    record Probe(String what, String method, String path, String contentType, String body, Set<Integer> allowed,
                 String field, boolean listsNothing, Map<String, String> headers) {

        Probe(String what, String method, String path, String contentType, String body, Set<Integer> allowed,
              String field, boolean listsNothing) {
            this(what, method, path, contentType, body, allowed, field, listsNothing, Map.of());
        }
    }
}
