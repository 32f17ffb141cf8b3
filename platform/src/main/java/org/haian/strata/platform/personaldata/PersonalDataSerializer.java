package org.haian.strata.platform.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer for events, with every {@code PersonalData} field encrypted on the way out and
 * decrypted on the way in ({@link PersonalDataCodec}). It writes the event store, the snapshots and the Kafka
 * records alike, so personal data is never at rest or on the wire in clear, and a developer adding an event marks a
 * field personal and does nothing more.
 */
public class PersonalDataSerializer implements Serializer {

    private final JacksonSerializer jackson;
    private final PersonalDataCodec codec;

    public PersonalDataSerializer(JacksonSerializer jackson, PersonalDataCodec codec) {
        this.jackson = jackson;
        this.codec = codec;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !codec.concerns(object.getClass())) {
            return jackson.serialize(object, expectedRepresentation);
        }
        ObjectNode event = jackson.getObjectMapper().valueToTree(object);
        codec.seal(event, object.getClass());
        SerializedType type = jackson.typeForClass(object.getClass());
        return jackson.getConverter().convert(new SimpleSerializedObject<>(event, JsonNode.class, type),
                expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        Class<?> type = jackson.classForType(serialized.getType());
        if (!codec.concerns(type)) {
            return jackson.deserialize(serialized);
        }
        JsonNode data = jackson.getConverter().convert(serialized, JsonNode.class).getData();
        if (!(data instanceof ObjectNode stored)) {
            return jackson.deserialize(serialized);
        }
        ObjectNode event = stored.deepCopy();
        codec.open(event, type);
        return jackson.deserialize(new SimpleSerializedObject<>(event, JsonNode.class, serialized.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
