package org.haian.strata.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes an RFC 7807 problem as the response: the one error format of the gateway. Every problem has a
 * {@code urn:haian:problem:...} type and a title by its status, and a detail in the project's words.
 */
@Component
public class Problems {

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    /** A problem of this status with a type and title by the status. */
    static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        String phrase = known != null ? known.getReasonPhrase() : "Error " + status.value();
        problem.setType(URI.create("urn:haian:problem:"
                + phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        problem.setTitle(phrase);
        return problem;
    }

    /**
     * What the gateway says for a status when nothing more particular is known: never a library's message, which
     * may name classes, limits or the request's own bytes.
     */
    static String detail(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is not valid HTTP: its request line, URL or a header is malformed "
                    + "(percent-encode reserved and non-ASCII characters in a URL)";
            case 404 -> "Nothing is served at this path";
            case 405 -> "This method is not allowed at this path";
            case 406 -> "No answer in an accepted media type can be given";
            case 413 -> "The request body is larger than allowed";
            case 414 -> "The request URL is longer than allowed";
            case 415 -> "This content type is not accepted here";
            case 431 -> "The request headers are larger than allowed";
            default -> status.is5xxServerError() ? "The request could not be completed; it has been logged"
                    : "The request was refused";
        };
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        return write(exchange, problem(status, detail));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        problem.setInstance(instance(exchange));
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromCallable(() -> response.bufferFactory().wrap(bytes(problem))));
    }

    /** 429 with {@code Retry-After} in whole seconds, at least one. */
    public Mono<Void> tooMany(ServerWebExchange exchange, Duration wait, String tooManyWhat) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS, tooManyWhat + "; retry after " + seconds + " s");
    }

    byte[] bytes(ProblemDetail problem) throws JsonProcessingException {
        return json.writeValueAsBytes(problem);
    }

    /** The path as the caller sent it; one the firewall refused may not even be a valid URI, and then has none. */
    private static URI instance(ServerWebExchange exchange) {
        try {
            return new URI(exchange.getRequest().getPath().value());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * A refusal the gateway has worded itself, thrown where a response cannot be written directly (inside a body
     * that is being streamed); {@link ProblemErrorHandler} answers it as it is.
     */
    static final class Refusal extends ResponseStatusException {

        Refusal(HttpStatus status, String detail) {
            super(status, detail);
        }
    }
}
