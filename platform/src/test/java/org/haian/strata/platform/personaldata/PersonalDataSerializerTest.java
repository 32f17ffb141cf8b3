package org.haian.strata.platform.personaldata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal data is written encrypted per person, read back where the key is, and gone once the person is. */
class PersonalDataSerializerTest {

    private static final String PERSON = "5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60";
    private static final PersonRegistered REGISTERED = new PersonRegistered(PERSON, "卢克虎", Category.ENTERPRISE_STAFF,
            "libao", "李堡镇民企群英荟", "总工程师");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private PersonalDataKeys keys;
    private PersonalDataSerializer liaison;
    private PersonalDataSerializer analytics;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        keys = new PersonalDataKeys(jdbc, Clock.systemUTC());
        liaison = serializer(new PersonalDataCodec(keys, json, type -> type == PersonRegistered.class
                || type == ContactLogged.class));
        // Another service, with a key store of its own that holds none of liaison's keys.
        analytics = serializer(new PersonalDataCodec(new PersonalDataKeys(new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:other-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")), Clock.systemUTC()), json,
                type -> false));
    }

    @Test
    void aPersonalFieldIsNeverWrittenInClear() {
        SerializedObject<byte[]> written = liaison.serialize(REGISTERED, byte[].class);

        String stored = new String(written.getData(), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("卢克虎").contains("\"name\":\"pd1:")
                .contains("\"organisation\":\"李堡镇民企群英荟\"");
        assertThat(written.getType().getRevision()).isEqualTo("2");
    }

    @Test
    void theServiceThatHoldsTheKeyReadsItBack() {
        PersonRegistered read = liaison.deserialize(liaison.serialize(REGISTERED, byte[].class));

        assertThat(read).isEqualTo(REGISTERED);
    }

    @Test
    void aListAndAnEmptyTextAreSealedAndOpenedAsThemselves() {
        ContactLogged contact = new ContactLogged(PERSON, "libao", Category.ENTERPRISE_STAFF, "cadre-libao",
                CadreLevel.TOWNSHIP, LocalDate.of(2025, 3, 1), ContactChannel.VISIT, "", List.of("土地", "人才公寓"));

        ContactLogged read = liaison.deserialize(liaison.serialize(contact, String.class));

        assertThat(read).isEqualTo(contact);
        assertThat(liaison.serialize(contact, String.class).getData()).doesNotContain("人才公寓");
    }

    @Test
    void anotherServiceReadsThePersonsFieldsAsAbsentAndTheRestAsWritten() {
        PersonRegistered read = analytics.deserialize(liaison.serialize(REGISTERED, byte[].class));

        assertThat(read.name()).isNull();
        assertThat(read.township()).isEqualTo("libao");
        assertThat(read.category()).isEqualTo(Category.ENTERPRISE_STAFF);
    }

    @Test
    void onceThePersonIsForgottenNoReadingShowsTheirNameAgain() {
        SerializedObject<byte[]> stored = liaison.serialize(REGISTERED, byte[].class);

        keys.forget(PERSON);

        PersonRegistered read = liaison.deserialize(stored);
        assertThat(read.name()).isNull();
        assertThat(read.organisation()).isEqualTo("李堡镇民企群英荟");
    }

    @Test
    void aValueMovedToAnotherPersonDoesNotDecrypt() throws Exception {
        String sealed = json.readTree(liaison.serialize(REGISTERED, String.class).getData()).get("name").asText();
        String otherPerson = UUID.randomUUID().toString();
        liaison.serialize(new PersonRegistered(otherPerson, "Someone", Category.NEW_MEDIA, "qutang", null, null),
                String.class);

        String moved = json.writeValueAsString(Map.of("personId", otherPerson, "name", sealed,
                "category", "NEW_MEDIA", "township", "qutang"));
        assertThatThrownBy(() -> liaison.deserialize(new SimpleSerializedObject<>(
                moved, String.class, PersonRegistered.class.getName(), "2")))
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void anEventStoredInClearIsSealedOnTheWayInWithAKeyMadeForThePerson() {
        PersonalDataUpcaster upcaster = new PersonalDataUpcaster(new PersonalDataCodec(keys, json,
                type -> type == PersonRegistered.class),
                Map.of(PersonRegistered.class, new PersonalDataUpcaster.Step("1", "2")));

        IntermediateEventRepresentation upcast = upcaster.upcast(Stream.of(storedInClear()))
                .findFirst().orElseThrow();

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(upcast.getData(String.class).getData()).doesNotContain("卢克虎").contains("pd1:");
        assertThat(keys.existingKey(PERSON)).isPresent();
        assertThat((PersonRegistered) liaison.deserialize(upcast.getData())).isEqualTo(REGISTERED);
    }

    @Test
    void anEventStoredInClearOfSomeoneForgottenIsReadWithoutTheirData() {
        keys.forget(PERSON);
        PersonalDataUpcaster upcaster = new PersonalDataUpcaster(new PersonalDataCodec(keys, json,
                type -> type == PersonRegistered.class),
                Map.of(PersonRegistered.class, new PersonalDataUpcaster.Step("1", "2")));

        IntermediateEventRepresentation upcast = upcaster.upcast(Stream.of(storedInClear()))
                .findFirst().orElseThrow();

        assertThat(upcast.getData(String.class).getData()).doesNotContain("卢克虎");
        assertThat(((PersonRegistered) liaison.deserialize(upcast.getData())).name()).isNull();
        assertThat(keys.existingKey(PERSON)).isEmpty();
    }

    /** PersonRegistered as revision 1 stored it: the name in clear. */
    private IntermediateEventRepresentation storedInClear() {
        String clear = "{\"personId\":\"" + PERSON + "\",\"name\":\"卢克虎\",\"category\":\"ENTERPRISE_STAFF\","
                + "\"township\":\"libao\",\"organisation\":\"李堡镇民企群英荟\",\"role\":\"总工程师\"}";
        JacksonSerializer plain = JacksonSerializer.builder().objectMapper(json).build();
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Person", PERSON, 0,
                UUID.randomUUID().toString(), Instant.now(), PersonRegistered.class.getName(), "1",
                clear.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), plain);
    }

    private PersonalDataSerializer serializer(PersonalDataCodec codec) {
        return new PersonalDataSerializer(JacksonSerializer.builder().objectMapper(json).build(), codec);
    }
}
