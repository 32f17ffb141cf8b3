package org.haian.strata.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the serialized form of every published event at its schema revision. A failure here means a consumer in
 * another service would read the event differently: add a new revision and an upcaster, never edit the old shape.
 */
class PublishedEventsContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules())
            .build();

    static Stream<Arguments> publishedEvents() {
        return Stream.of(
                Arguments.of("liaison/PersonRegistered.1.json", "1", new PersonRegistered(
                        "5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60", "Lu Kehu", Category.ENTERPRISE_STAFF, "libao",
                        "Libao Entrepreneurs' Circle", "Chief engineer")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void theEventIsWrittenExactlyAsPinned(String pinned, String revision, Object event) throws Exception {
        SerializedObject<String> written = serializer.serialize(event, String.class);

        assertThat(written.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(written.getType().getRevision()).isEqualTo(revision);
        JSONAssert.assertEquals(read(pinned), written.getData(), JSONCompareMode.STRICT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void thePinnedFormIsReadBackAsTheEvent(String pinned, String revision, Object event) throws Exception {
        Object read = serializer.deserialize(new SimpleSerializedObject<>(read(pinned), String.class,
                event.getClass().getName(), revision));

        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void everyPublishedEventNamesItsTownship(String pinned, String revision, Object event) {
        assertThat(event).isInstanceOf(TownshipEvent.class);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PublishedEventsContractTest.class.getResourceAsStream("/contract/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
