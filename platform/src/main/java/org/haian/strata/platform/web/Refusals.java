package org.haian.strata.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The problems a service answers outside its controllers (a refused token, an oversized body, a URL Tomcat or the
 * firewall will not take, {@code /error}): RFC 7807 with a {@code urn:haian:problem:...} type and a title by the
 * status, and a detail in the project's words rather than a library's.
 */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:haian:problem:"
                + status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** The detail for a status when nothing more particular is known. */
    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is not valid HTTP: its request line, URL or a header is malformed "
                    + "(percent-encode reserved and non-ASCII characters in a URL)";
            case NOT_FOUND -> "Nothing is served at this path";
            case METHOD_NOT_ALLOWED -> "This method is not allowed at this path";
            default -> status.is5xxServerError() ? "The request could not be completed; it has been logged"
                    : "The request was refused: " + status.getReasonPhrase();
        };
    }

    /** Writes the problem as the whole response, whatever the request's {@code Accept} asked for. */
    public static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
