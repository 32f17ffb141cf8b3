package org.haian.strata.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haian.strata.platform.domain.CommandRefused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * Input is taken exactly as written, at the edge, before any command is sent: bodies through {@link StrictJson};
 * query and path values without Spring's trimming (an enum's exact name, a number with nothing around it, only
 * {@code true} or {@code false}) and without control characters; a body of a concrete JSON type; and an answer the
 * caller can read, which is decided before the handler runs, so that no write is stored and then answered 406.
 *
 * <p>Spring's binder falls back to its lenient property editors when a conversion fails (they trim, and read
 * {@code "1 2"} as 12), so each query and path value is first converted with the strict converters below, and a
 * value they refuse is a 400 naming the parameter.
 */
public class StrictInput implements WebMvcConfigurer {

    private final ObjectProvider<ConversionService> conversions;

    /** @param conversions the MVC conversion service, which holds the strict converters once it is built */
    public StrictInput(ObjectProvider<ConversionService> conversions) {
        this.conversions = conversions;
    }

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
    private static final List<MediaType> ANSWERED_AS_JSON = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(json -> json.setObjectMapper(StrictJson.strict(json.getObjectMapper())));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ExactEnums());
        registry.addConverter(String.class, Integer.class, Integer::valueOf);
        registry.addConverter(String.class, Long.class, Long::valueOf);
        registry.addConverter(String.class, Boolean.class, StrictInput::bool);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ExactRequests(conversions));
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    /** Spring's own trims the text first, so that " NEW_MEDIA" would pass. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class ExactEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return text -> text.isEmpty() ? null : (T) Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().equals(text))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not one of the allowed values"));
        }
    }

    /** What a request must be before its handler runs. */
    private static final class ExactRequests implements HandlerInterceptor {

        private final ObjectProvider<ConversionService> conversions;

        ExactRequests(ObjectProvider<ConversionService> conversions) {
            this.conversions = conversions;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            if (!(handler instanceof HandlerMethod method)) {
                return true;
            }
            refuseControlCharacters(request);
            if (isOwnApi(method)) {
                refuseUnknownOrRepeatedParameters(request, method);
            }
            refuseInexactValues(request, method);
            refuseWildcardBody(request);
            refuseUnreadableAnswer(request, method);
            return true;
        }

        private static void refuseControlCharacters(HttpServletRequest request) {
            request.getParameterMap().forEach((name, values) -> {
                if (Arrays.stream(values).filter(Objects::nonNull).anyMatch(StrictJson::hasControlCharacter)) {
                    throw new CommandRefused(INVALID, name, "contains a control character");
                }
            });
            Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            if (variables instanceof Map<?, ?> path) {
                path.forEach((name, value) -> {
                    if (StrictJson.hasControlCharacter(String.valueOf(value))) {
                        throw new CommandRefused(INVALID, String.valueOf(name), "contains a control character");
                    }
                });
            }
        }

        /** A controller of this project's API, not Spring's error page, actuator or API documents. */
        private static boolean isOwnApi(HandlerMethod method) {
            Class<?> type = method.getBeanType();
            return AnnotatedElementUtils.hasAnnotation(type, RestController.class)
                    && type.getPackageName().startsWith("org.haian.") && !ErrorController.class.isAssignableFrom(type);
        }

        /**
         * A query parameter the operation does not have is refused, as an unknown field of a body is: a misspelt
         * filter would otherwise be ignored and answer with every record. One that takes a single value must be given
         * once, not twice with Spring keeping the first or joining them with commas. Names are read from the query
         * string alone, so that a form body is never taken for parameters.
         */
        private static void refuseUnknownOrRepeatedParameters(HttpServletRequest request, HandlerMethod method) {
            if (request.getQueryString() == null) {
                return;
            }
            Map<String, Boolean> multiValued = new HashMap<>();
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestParam.class)) {
                    Class<?> type = parameter.getParameterType();
                    multiValued.put(boundName(parameter), type.isArray() || Collection.class.isAssignableFrom(type));
                }
            }
            MultiValueMap<String, String> given = UriComponentsBuilder.newInstance()
                    .query(request.getQueryString()).build().getQueryParams();
            given.forEach((encoded, values) -> {
                String name = UriUtils.decode(encoded, StandardCharsets.UTF_8);
                Boolean many = multiValued.get(name);
                if (many == null) {
                    throw new CommandRefused(INVALID, name, "is not a parameter of this request");
                }
                if (!many && values.size() > 1) {
                    throw new CommandRefused(INVALID, name, "is given more than once; give it once");
                }
            });
        }

        /** Every query and path value that is not plain text must convert strictly to its parameter's type. */
        private void refuseInexactValues(HttpServletRequest request, HandlerMethod method) {
            ConversionService strict = conversions.getObject();
            Map<?, ?> path = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> m
                    ? m : Map.of();
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.getParameterType() == String.class) {
                    continue;
                }
                String name = boundName(parameter);
                List<String> values = name == null ? List.of()
                        : parameter.hasParameterAnnotation(PathVariable.class)
                        ? (path.containsKey(name) ? List.of(String.valueOf(path.get(name))) : List.of())
                        : Arrays.asList(request.getParameterValues(name) == null ? new String[0]
                        : request.getParameterValues(name));
                TypeDescriptor target = new TypeDescriptor(parameter);
                for (String value : values) {
                    try {
                        strict.convert(value, TypeDescriptor.valueOf(String.class), target);
                    } catch (ConversionException refused) {
                        throw new MethodArgumentTypeMismatchException(value, parameter.getParameterType(), name,
                                parameter, refused);
                    }
                }
            }
        }

        /** The name a query or path parameter is bound by, or null for a parameter that is neither. */
        private static String boundName(MethodParameter parameter) {
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            String declared = query != null ? query.name() : path != null ? path.name() : null;
            if (declared == null) {
                return null;
            }
            if (declared.isEmpty()) {
                // Spring discovers the names while it resolves the arguments, which is after this check.
                parameter.initParameterNameDiscovery(NAMES);
                return parameter.getParameterName();
            }
            return declared;
        }

        private static void refuseWildcardBody(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
            String contentType = request.getContentType();
            if (contentType == null) {
                return;
            }
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON));
                }
            } catch (InvalidMediaTypeException unreadable) {
                throw new HttpMediaTypeNotSupportedException(unreadable.getMessage());
            }
        }

        /** The handler's declared types, or JSON, which is what every controller here answers by default. */
        private static void refuseUnreadableAnswer(HttpServletRequest request, HandlerMethod method)
                throws HttpMediaTypeNotAcceptableException {
            String accept = request.getHeader("Accept");
            if (accept == null || accept.isBlank()) {
                return;
            }
            List<MediaType> acceptable;
            try {
                acceptable = MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException unreadable) {
                throw new HttpMediaTypeNotAcceptableException("The Accept header cannot be read");
            }
            List<MediaType> produced = produced(method);
            boolean readable = acceptable.stream()
                    .anyMatch(wanted -> produced.stream().anyMatch(wanted::isCompatibleWith));
            if (!readable) {
                throw new HttpMediaTypeNotAcceptableException(produced);
            }
        }

        private static List<MediaType> produced(HandlerMethod method) {
            RequestMapping onMethod = method.getMethodAnnotation(RequestMapping.class);
            String[] types = onMethod != null && onMethod.produces().length > 0 ? onMethod.produces() : null;
            if (types == null) {
                RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(),
                        RequestMapping.class);
                types = onType != null && onType.produces().length > 0 ? onType.produces() : null;
            }
            return types == null ? ANSWERED_AS_JSON : MediaType.parseMediaTypes(List.of(types));
        }
    }
}
