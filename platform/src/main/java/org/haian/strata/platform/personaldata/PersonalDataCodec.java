package org.haian.strata.platform.personaldata;

import java.util.Optional;
import java.util.function.Predicate;
import javax.crypto.SecretKey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Encrypts and decrypts the {@code PersonalData} fields of an event's JSON, in place: what the serializer does on
 * every write and read, and what the upcaster does to an event stored before there was encryption.
 *
 * <p>Only this service's own events are written encrypted and read back in clear; another service's events (read
 * from Kafka) keep their personal fields encrypted with that service's keys, which are not here, so they read
 * {@code null}: analytics and the other services work from ids, townships and categories.
 */
public class PersonalDataCodec {

    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher = new PersonalDataCipher();
    private final ObjectMapper json;
    private final Predicate<Class<?>> ownEvents;

    /** @param ownEvents the event types this service publishes (and holds the keys of) */
    public PersonalDataCodec(PersonalDataKeys keys, ObjectMapper json, Predicate<Class<?>> ownEvents) {
        this.keys = keys;
        this.json = json;
        this.ownEvents = ownEvents;
    }

    /** Whether the type carries personal data at all. */
    boolean concerns(Class<?> type) {
        return PersonalFields.of(type).any();
    }

    /**
     * Each personal field as an envelope under the subject's key (made now if they have none); {@code null} for a
     * forgotten subject, and for an event of another service, whose keys this one does not make.
     */
    void seal(ObjectNode event, Class<?> type) {
        PersonalFields fields = PersonalFields.of(type);
        String subject = event.path(fields.subject()).asText(null);
        boolean mayWrite = subject != null && ownEvents.test(type) && !keys.isForgotten(subject);
        for (String field : fields.personal()) {
            JsonNode value = event.get(field);
            if (value == null || value.isNull() || isEnvelope(value)) {
                continue;
            }
            if (mayWrite) {
                event.put(field, cipher.seal(keys.keyFor(subject), subject, field, text(value)));
            } else {
                event.putNull(field);
            }
        }
    }

    /** Each personal field in clear where this service holds the subject's key; {@code null} where it does not. */
    void open(ObjectNode event, Class<?> type) {
        PersonalFields fields = PersonalFields.of(type);
        String subject = event.path(fields.subject()).asText(null);
        boolean own = subject != null && ownEvents.test(type);
        Optional<SecretKey> key = own ? keys.existingKey(subject) : Optional.empty();
        for (String field : fields.personal()) {
            JsonNode value = event.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (isEnvelope(value) && key.isPresent()) {
                event.set(field, tree(cipher.open(key.get(), subject, field, value.asText())));
            } else if (isEnvelope(value) || !own || keys.isForgotten(subject)) {
                event.putNull(field);
            }
        }
    }

    private static boolean isEnvelope(JsonNode value) {
        return value.isTextual() && PersonalDataCipher.isEnvelope(value.asText());
    }

    private String text(JsonNode value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A personal field cannot be written as JSON", e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decrypted personal field is not JSON", e);
        }
    }
}
