package org.haian.strata.platform.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How request bodies are read: exactly as written, never as a guess of what was meant. A repeated key, a second
 * document, a field the request does not have, a number where text belongs (or text where a number belongs, or a
 * fraction where a whole number belongs), a number for a date or an enum, an enum with blanks or a NUL around it,
 * and text with control characters are all refused, and {@link ProblemDetailsAdvice} names the field. Only HTTP
 * bodies are read this strictly; the events' serializer keeps Jackson's defaults.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** A copy of the application's mapper (modules, dates as ISO text) that reads strictly. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // A date written as a number is refused rather than read as days or milliseconds since 1970.
        strict.setDefaultLeniency(false);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            strict.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule exact = new SimpleModule("haian-strict-input");
        exact.addDeserializer(String.class, new PlainText());
        exact.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new ExactEnum(type.getRawClass());
            }
        });
        strict.registerModule(exact);
        return strict;
    }

    /** Whether a text holds a character no form can type: a control character other than tab and line breaks. */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
                && c != '\r');
    }

    /** Text as Jackson reads it (with the coercions refused above), without control characters. */
    private static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasControlCharacter(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains a control character");
            }
            return text;
        }
    }

    /** An enum constant by its exact name; Jackson's own would also take it with blanks around it. */
    private static final class ExactEnum extends StdScalarDeserializer<Enum<?>> {

        private final Class<?> type;

        ExactEnum(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Enum<?>) context.handleUnexpectedToken(type, parser);
            }
            String name = parser.getText();
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return (Enum<?>) constant;
                }
            }
            return (Enum<?>) context.handleWeirdStringValue(type, name, "is not one of the allowed values");
        }
    }
}
