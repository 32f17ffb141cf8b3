package org.haian.strata.platform.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.haian.strata.platform.domain.CommandRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a service returns is RFC 7807 problem+json; a refused input names each field and the reason in
 * {@code errors}. Nothing reaches the caller as a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final URI INVALID_INPUT = URI.create("urn:haian:problem:invalid-input");
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']*)'");
    static final URI NOT_FOUND = URI.create("urn:haian:problem:not-found");
    static final URI CONFLICT = URI.create("urn:haian:problem:conflict");
    static final URI SERVED_ELSEWHERE = URI.create("urn:haian:problem:served-elsewhere");
    /** RFC 9110's "Misdirected Request": this server does not answer for that township; Spring names no constant. */
    private static final HttpStatusCode MISDIRECTED_REQUEST = HttpStatusCode.valueOf(421);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(unreadable(ex.getCause()))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(ex.getPropertyName(),
                "'" + ex.getValue() + "' is not a valid value" + expected(ex.getRequiredType())))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /**
     * A refusal of the domain, named by its field. A conflict with a record that exists already points at it
     * ({@code existingPersonId}, and for a creation the record's address as {@code Location}).
     */
    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> commandRefused(CommandRefused ex, HttpServletRequest request) {
        HttpStatusCode status = switch (ex.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case SERVED_ELSEWHERE -> MISDIRECTED_REQUEST;
        };
        FieldError error = new FieldError(ex.field(), ex.reason());
        ProblemDetail problem = ex.kind() == CommandRefused.Kind.INVALID ? invalid(List.of(error))
                : ProblemDetail.forStatusAndDetail(status, ex.field() + ": " + ex.reason());
        if (ex.kind() != CommandRefused.Kind.INVALID) {
            problem.setType(switch (ex.kind()) {
                case CONFLICT -> CONFLICT;
                case SERVED_ELSEWHERE -> SERVED_ELSEWHERE;
                default -> NOT_FOUND;
            });
            problem.setProperty("errors", List.of(error));
        }
        if (ex.kind() == CommandRefused.Kind.SERVED_ELSEWHERE) {
            problem.setTitle("Served by another deployment");
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        CommandRefused.Existing existing = ex.existing();
        if (existing != null) {
            problem.setProperty(existing.property(), existing.id());
            if (HttpMethod.POST.matches(request.getMethod())) {
                response.location(URI.create(request.getRequestURI() + "/" + existing.id()));
            }
        }
        return response.body(problem);
    }

    /**
     * A refusal of the township rule says which township the caller may use; Spring Security's own ("Access
     * Denied", from a role check) says it in the project's words.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        String detail = ex.getMessage() == null || ex.getMessage().equals("Access Denied")
                ? "Your role does not allow this request" : ex.getMessage();
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Refusals.problem(HttpStatus.FORBIDDEN, detail));
    }

    /**
     * What Spring MVC refuses before a controller runs (no such path, another method, a body or an answer of
     * another type, a missing parameter) is said in the project's words too, with the project's problem type,
     * instead of Spring's and {@code about:blank}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        Object answer = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
        if (answer instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            ProblemDetail ours = Refusals.problem(status, inOurWords(ex, status));
            if (ex instanceof MissingServletRequestParameterException missing) {
                ours.setProperty("errors", List.of(new FieldError(missing.getParameterName(), "is required")));
            }
            return super.handleExceptionInternal(ex, ours, headers, statusCode, request);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String inOurWords(Exception ex, HttpStatus status) {
        if (ex instanceof NoResourceFoundException) {
            return "Nothing is served at this path";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "This method is not allowed at this path";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "A body must be sent as application/json";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "The answer is application/json (or application/problem+json for a refusal), which the request's "
                    + "Accept does not allow";
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return missing.getParameterName() + ": is required";
        }
        return Refusals.detail(status);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return ResponseEntity.internalServerError().body(Refusals.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                Refusals.detail(HttpStatus.INTERNAL_SERVER_ERROR)));
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(e -> e.field() + ": " + e.reason())
                .collect(Collectors.joining("; ")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Why a body could not be read, in the project's words: Jackson's own messages name its features and classes,
     * which tell a caller nothing and an attacker too much.
     */
    private static FieldError unreadable(@Nullable Throwable cause) {
        StreamReadException malformed = null;
        for (Throwable t = cause; t != null && malformed == null; t = t.getCause()) {
            malformed = t instanceof StreamReadException read ? read : null;
        }
        if (malformed != null) {
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(malformed.getOriginalMessage()));
            if (duplicate.find()) {
                return new FieldError(duplicate.group(1), "appears more than once; send each field once");
            }
            if (malformed instanceof InputCoercionException outOfRange && outOfRange.getProcessor() != null
                    && outOfRange.getProcessor().getParsingContext().hasCurrentName()) {
                return new FieldError(path(outOfRange.getProcessor().getParsingContext()), "is a number out of range"
                        + expected(outOfRange.getTargetType()));
            }
            JsonLocation at = malformed.getLocation();
            return new FieldError("body", at == null ? "is not well-formed JSON"
                    : "is not well-formed JSON (line %d, column %d)".formatted(at.getLineNr(), at.getColumnNr()));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "is not a field of this request");
        }
        if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            return new FieldError(path(format), "'" + format.getValue() + "' is not a valid value"
                    + expected(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return new FieldError("body", mismatch.getTargetType() == null ? "holds more than one JSON document"
                        : "must be one JSON object");
            }
            return new FieldError(path(mismatch), "has the wrong type" + expected(mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), "cannot be read");
        }
        return new FieldError("body", "is missing or unreadable");
    }

    /** What a field of this type must hold, for the reason of its refusal. */
    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return allowedValues(type);
        }
        if (type == String.class) {
            return "; must be text without control characters";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "; must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "; must be true or false";
        }
        if (type == LocalDate.class) {
            return "; must be a date written YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "; must be a list";
        }
        return "; must be a JSON object";
    }

    /** Where the parser stands, as a field path of the body ({@code members[2].name}). */
    private static String path(JsonStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            steps.addFirst(at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
        }
        return String.join("", steps).substring(1);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String allowedValues(@Nullable Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return "; allowed: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    private static String lastNode(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }
}
