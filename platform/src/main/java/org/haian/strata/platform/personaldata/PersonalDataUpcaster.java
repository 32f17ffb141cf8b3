package org.haian.strata.platform.personaldata;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Events stored before their personal fields were encrypted, read as the revision that encrypts them: each
 * personal field is sealed with the subject's key (made on the spot for someone who has none yet, so an upgrade
 * needs no manual step), or emptied for someone forgotten; the serializer then reads them like any other. Named
 * by the step it takes per type: {@code PersonRegistered} 1 to 2, and so on.
 */
public class PersonalDataUpcaster extends SingleEventUpcaster {

    private final PersonalDataCodec codec;
    /** Per event type stored in clear: the revision written in clear, and the one that encrypts. */
    private final Map<Class<?>, Step> steps;

    /**
     * @param steps per event type, the revision its personal data was stored in clear and the one it is read as
     */
    public PersonalDataUpcaster(PersonalDataCodec codec, Map<Class<?>, Step> steps) {
        this.codec = codec;
        this.steps = Map.copyOf(steps);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return step(event) != null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        Class<?> type = typeOf(event);
        Step step = steps.get(type);
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), step.encrypted()),
                JsonNode.class, payload -> {
                    ObjectNode sealed = ((ObjectNode) payload).deepCopy();
                    codec.seal(sealed, type);
                    return sealed;
                });
    }

    private Step step(IntermediateEventRepresentation event) {
        Class<?> type = typeOf(event);
        Step step = type == null ? null : steps.get(type);
        return step != null && step.clear().equals(event.getType().getRevision()) ? step : null;
    }

    private Class<?> typeOf(IntermediateEventRepresentation event) {
        return steps.keySet().stream().filter(type -> type.getName().equals(event.getType().getName())).findFirst()
                .orElse(null);
    }

    /**
     * @param clear     the revision whose personal fields were stored in clear
     * @param encrypted the revision that holds them encrypted
     */
    public record Step(String clear, String encrypted) {
    }
}
