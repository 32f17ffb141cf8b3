package org.haian.strata.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Tomcat forwards an error to ({@code /error}: an error sent outside Spring MVC, such as Tomcat's 405 for TRACE)
 * answers as problem+json, in place of Spring Boot's error controller, whose body is not problem+json and which
 * answers a direct {@code GET /error} with 500. Called directly, {@code /error} is a path like any other that
 * serves nothing: 404.
 */
// Not an operation of the API: only the container forwards here.
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    private final ObjectMapper json;

    public ProblemErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer known && HttpStatus.resolve(known) != null
                ? HttpStatus.valueOf(known) : HttpStatus.NOT_FOUND;
        ProblemDetail problem = Refusals.problem(status, Refusals.detail(status));
        problem.setInstance(instance(request));
        Refusals.write(json, response, problem);
    }

    private static URI instance(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return new URI(path != null ? path.toString() : request.getRequestURI());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
