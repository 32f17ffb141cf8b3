package org.haian.strata.contract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.contract.liaison.BranchOpened;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.JointConferenceEstablished;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.MeetingHeld;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonalDataExported;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.contract.liaison.ResolutionStatus;
import org.haian.strata.contract.liaison.ResolutionStatusChanged;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
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
    private static final String PERSON = "5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60";
    private static final String CADRE = "0b7e4f1c-2d3a-4c5b-9e6f-7a8b9c0d1e2f";
    private static final String ORGANISATION = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
    private static final String CONFERENCE = "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8";
    private static final String ASSOCIATION = "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String BASE = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";

    static Stream<Arguments> publishedEvents() {
        return Stream.of(
                township("liaison/PersonRegistered.2.json", new PersonRegistered(
                        PERSON, "Lu Kehu", Category.ENTERPRISE_STAFF, "libao",
                        "Libao Entrepreneurs' Circle", "Chief engineer")),
                township("liaison/PersonProfileUpdated.2.json", new PersonProfileUpdated(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, "Libao Entrepreneurs' Circle", "Technical director",
                        "0513-88881234", "lu.kehu@example.com", null)),
                township("liaison/PersonMovedToTownship.1.json", new PersonMovedToTownship(
                        PERSON, "libao", "development-zone", Category.ENTERPRISE_STAFF, 2, true, 1)),
                township("liaison/PersonCategoryChanged.1.json", new PersonCategoryChanged(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, Category.NEW_MEDIA, 1, false, 0)),
                township("liaison/RepresentativeFigureDesignated.1.json", new RepresentativeFigureDesignated(
                        PERSON, "libao", Category.ENTERPRISE_STAFF)),
                township("liaison/RepresentativeFigureWithdrawn.1.json", new RepresentativeFigureWithdrawn(
                        PERSON, "libao", Category.ENTERPRISE_STAFF)),
                township("liaison/PoliticalArrangementRecorded.1.json", new PoliticalArrangementRecorded(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, ArrangementBody.CPPCC, ArrangementLevel.CITY,
                        "Member", LocalDate.of(2021, 12, 28), LocalDate.of(2026, 12, 27), 1)),
                township("liaison/PersonArchived.2.json", new PersonArchived(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, "Moved to Nantong", true, 1)),
                township("liaison/LiaisonAssigned.1.json", new LiaisonAssigned(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, CADRE, CadreLevel.CITY_LEADERSHIP,
                        LocalDate.of(2019, 3, 1), 1)),
                township("liaison/LiaisonEnded.1.json", new LiaisonEnded(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, CADRE, CadreLevel.CITY_LEADERSHIP, 0)),
                township("liaison/ContactLogged.2.json", new ContactLogged(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, CADRE, CadreLevel.CITY_LEADERSHIP,
                        LocalDate.of(2019, 6, 12), ContactChannel.VISIT, "Talked about the new workshop",
                        List.of("Land for a second plant", "Talent housing for engineers"))),
                cityLevel("liaison/CadreRegistered.2.json", new CadreRegistered(
                        CADRE, "Zhang Wei", CadreLevel.TOWNSHIP, "libao", "Deputy head of Libao town")),
                township("liaison/OrganisationRegistered.1.json", new OrganisationRegistered(
                        ORGANISATION, "Haian Online", OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA,
                        "haian-subdistrict", 12, 80, 56000)),
                township("liaison/OrganisationUpdated.1.json", new OrganisationUpdated(
                        ORGANISATION, "Haian Online", OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA,
                        "development-zone", 15, 85, 61000, Category.NEW_MEDIA, "haian-subdistrict", 12, 56000)),
                cityLevel("liaison/JointConferenceEstablished.1.json", new JointConferenceEstablished(
                        CONFERENCE, "Joint conference on new-social-strata work",
                        "Head of the United Front Work Department")),
                cityLevel("liaison/MemberUnitJoined.1.json", new MemberUnitJoined(
                        CONFERENCE, "Federation of Industry and Commerce", Category.ENTERPRISE_STAFF)),
                cityLevel("liaison/MemberUnitLeft.1.json", new MemberUnitLeft(
                        CONFERENCE, "Federation of Industry and Commerce", Category.ENTERPRISE_STAFF)),
                cityLevel("liaison/MeetingHeld.1.json", new MeetingHeld(
                        CONFERENCE, "2019-1", LocalDate.of(2019, 4, 18),
                        List.of("Federation of Industry and Commerce", "Tax Bureau"),
                        List.of(Category.ENTERPRISE_STAFF, Category.INTERMEDIARY), "Half-year review",
                        List.of(new MeetingHeld.Resolution("2019-1-1", "Open a tax policy hotline for members",
                                "Tax Bureau", Category.INTERMEDIARY)))),
                cityLevel("liaison/ResolutionStatusChanged.1.json", new ResolutionStatusChanged(
                        CONFERENCE, "2019-1-1", "2019-1", "Tax Bureau", Category.INTERMEDIARY,
                        ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS)),
                cityLevel("liaison/AssociationEstablished.1.json", new AssociationEstablished(
                        ASSOCIATION, "Hai'an New Social Strata Association")),
                cityLevel("liaison/BranchOpened.1.json", new BranchOpened(
                        ASSOCIATION, "education", "Education branch", BranchKind.SYSTEM, null,
                        AffiliationSystem.EDUCATION)),
                township("liaison/MemberAdmitted.1.json", new MemberAdmitted(
                        ASSOCIATION, PERSON, "libao", "libao", Category.ENTERPRISE_STAFF)),
                township("liaison/MemberRemoved.2.json", new MemberRemoved(
                        ASSOCIATION, PERSON, "libao", "libao", Category.ENTERPRISE_STAFF, "Left the area")),
                township("liaison/WorkBaseEstablished.1.json", new WorkBaseEstablished(
                        BASE, "Libao entrepreneurs' base", Category.ENTERPRISE_STAFF, "libao", ORGANISATION)),
                township("liaison/WorkBaseClosed.1.json", new WorkBaseClosed(
                        BASE, "libao", Category.ENTERPRISE_STAFF, "Merged into the city base")),
                township("liaison/PersonForgotten.1.json", new PersonForgotten(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, "Consent withdrawn in writing")),
                township("liaison/PersonalDataExported.1.json", new PersonalDataExported(
                        PERSON, "libao", Category.ENTERPRISE_STAFF)));
    }

    /** An event that belongs to one township (区镇), the tenant; pinned at its current revision. */
    private static Arguments township(String pinned, Object event) {
        return Arguments.of(pinned, revisionOf(event), event, true);
    }

    /** A city-level event: it belongs to no single township. */
    private static Arguments cityLevel(String pinned, Object event) {
        return Arguments.of(pinned, revisionOf(event), event, false);
    }

    private static String revisionOf(Object event) {
        return event.getClass().getAnnotation(Revision.class).value();
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
