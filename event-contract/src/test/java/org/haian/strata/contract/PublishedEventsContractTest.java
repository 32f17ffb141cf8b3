package org.haian.strata.contract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.NotPersonalData;
import org.haian.strata.contract.personal.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the serialized form of every published event at its schema revision. A failure here means a consumer in
 * another service would read the event differently: add a new revision and an upcaster, never edit the old shape.
 */
class PublishedEventsContractTest {

    /**
     * Configured as the services' serializer is: Axon's Jackson serializer uses Spring Boot's ObjectMapper, which
     * registers the JSR-310 module and writes dates as ISO-8601 text ("2024-03-01"), not as arrays.
     */
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    /** Field names that look like they identify a person, whatever else they might mean. */
    private static final Pattern PERSONAL_LOOKING = Pattern.compile(
            "(?i).*(name|phone|mobile|email|wechat|idcard|idnumber|identitycard|address|household|birth).*");
    /** Every event every context publishes; each context lists its own. */
    static Stream<Arguments> publishedEvents() {
        return Stream.of(LiaisonEvents.published(), OutreachEvents.published(), ContributionEvents.published())
                .flatMap(events -> events);
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void theEventIsWrittenExactlyAsPinned(String pinned, String revision, Object event, boolean ofATownship)
            throws Exception {
        SerializedObject<String> written = serializer.serialize(event, String.class);

        assertThat(written.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(written.getType().getRevision()).isEqualTo(revision);
        JSONAssert.assertEquals(read(pinned), written.getData(), JSONCompareMode.STRICT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void thePinnedFormIsReadBackAsTheEvent(String pinned, String revision, Object event, boolean ofATownship)
            throws Exception {
        Object read = serializer.deserialize(new SimpleSerializedObject<>(read(pinned), String.class,
                event.getClass().getName(), revision));

        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void everyEventThatBelongsToATownshipNamesIt(String pinned, String revision, Object event, boolean ofATownship) {
        if (ofATownship) {
            assertThat(event).isInstanceOf(TownshipEvent.class);
            assertThat(((TownshipEvent) event).township()).isNotBlank();
        } else {
            // The township metadata is copied from TownshipEvent; a city-level event has no township to give.
            assertThat(event).isNotInstanceOf(TownshipEvent.class);
        }
    }

    /**
     * A field that looks like it identifies a person must say whether it does: {@code @PersonalData} (then the
     * serializer encrypts it with the subject's key) or {@code @NotPersonalData} with the reason. An event with
     * personal data names exactly one {@code @DataSubject}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void everyPersonalLookingFieldIsMarkedOneWayOrTheOther(String pinned, String revision, Object event,
                                                          boolean ofATownship) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        assertThat(components).filteredOn(component -> PERSONAL_LOOKING.matcher(component.getName()).matches())
                .as("personal-looking fields of %s", event.getClass().getSimpleName())
                .allSatisfy(component -> assertThat(component.isAnnotationPresent(PersonalData.class)
                        || component.isAnnotationPresent(NotPersonalData.class))
                        .as(component.getName() + " is marked @PersonalData or @NotPersonalData").isTrue());
        boolean personal = Arrays.stream(components).anyMatch(c -> c.isAnnotationPresent(PersonalData.class));
        long subjects = Arrays.stream(components).filter(c -> c.isAnnotationPresent(DataSubject.class)).count();
        assertThat(subjects).as("@DataSubject fields of %s", event.getClass().getSimpleName())
                .isEqualTo(personal ? 1 : 0);
    }

    /** The form stored before personal data was encrypted (revision 1) reads as the event it was. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("storedInClear")
    void theRevisionStoredInClearIsStillReadable(String pinned, Object event) throws Exception {
        Object read = serializer.deserialize(new SimpleSerializedObject<>(read(pinned), String.class,
                event.getClass().getName(), "1"));

        assertThat(read).isEqualTo(event);
    }

    static Stream<Arguments> storedInClear() {
        return publishedEvents()
                .filter(arguments -> "2".equals(arguments.get()[1]))
                .map(arguments -> Arguments.of(((String) arguments.get()[0]).replace(".2.json", ".1.json"),
                        arguments.get()[2]));
    }

    /**
     * The AsyncAPI document for consumers outside the suite names every published event once, in the channel of its
     * topic, with its type, revision and exactly its fields; a record without a document entry or an entry without
     * a record fails here.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    @SuppressWarnings("unchecked")
    void theAsyncApiDocumentDescribesTheEventAsPublished(String pinned, String revision, Object event,
                                                         boolean ofATownship) throws IOException {
        Map<String, Object> document = asyncApi();
        String name = event.getClass().getSimpleName();
        Map<String, Object> message = path(document, "components", "messages", name);
        assertThat(message).as("docs/asyncapi.yaml has no message " + name).isNotNull();

        List<Map<String, Object>> headers = (List<Map<String, Object>>) path(message, "headers", "allOf");
        assertThat(headers.get(0)).containsEntry("$ref", "#/components/schemas/"
                + (ofATownship ? "TownshipEventHeaders" : "EventHeaders"));
        assertThat((Object) path(headers.get(1), "properties", "axon-message-type", "const"))
                .isEqualTo(event.getClass().getName());
        assertThat((Object) path(headers.get(1), "properties", "axon-message-revision", "const")).isEqualTo(revision);

        Map<String, Object> payload = path(document, "components", "schemas", name, "properties");
        assertThat(payload.keySet()).as("the fields of " + name + " in docs/asyncapi.yaml")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(event.getClass().getRecordComponents())
                        .map(RecordComponent::getName).toList());

        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Map<String, Object> field = path(payload, component.getName());
            assertThat(Boolean.TRUE.equals(field.get("x-personal-data")))
                    .as(name + "." + component.getName() + " is x-personal-data in docs/asyncapi.yaml exactly when "
                            + "it is @PersonalData")
                    .isEqualTo(component.isAnnotationPresent(PersonalData.class));
        }

        String channel = event.getClass().getPackageName().substring(getClass().getPackageName().length() + 1);
        assertThat((Object) path(document, "channels", channel, "address")).isEqualTo(topicOf(channel));
        assertThat((Map<String, Object>) path(document, "channels", channel, "messages")).containsKey(name);
    }

    @Test
    void theAsyncApiDocumentDescribesNoEventThatIsNotPublished() throws IOException {
        Map<String, Object> messages = path(asyncApi(), "components", "messages");

        assertThat(messages.keySet()).containsExactlyInAnyOrderElementsOf(publishedEvents()
                .map(arguments -> arguments.get()[2].getClass().getSimpleName()).toList());
    }

    private static String topicOf(String context) {
        return Topics.ALL.stream().filter(topic -> topic.equals("haian." + context + ".events")).findFirst()
                .orElseThrow(() -> new AssertionError("No topic for the " + context + " context"));
    }

    private static Map<String, Object> asyncApi() throws IOException {
        Path document = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("asyncapi.yaml");
        try (InputStream in = Files.newInputStream(document)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T path(Map<String, Object> node, String... keys) {
        Object at = node;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(key);
        }
        return (T) at;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PublishedEventsContractTest.class.getResourceAsStream("/contract/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
