package org.haian.strata.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's answer to what it refuses before any servlet runs (a URL it cannot decode or normalise, an encoded
 * {@code /}, a malformed header): problem+json instead of its HTML error page. It takes the place of the host's
 * {@link ErrorReportValve} and keeps its rules for when to write.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    private final ObjectMapper json;

    public ProblemErrorReportValve(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        // Only an error that nothing has answered yet, only once, and only while the connection can still take it.
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) != null ? HttpStatus.valueOf(code) : HttpStatus.BAD_REQUEST;
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer reporter = response.getReporter();
            if (reporter != null) {
                reporter.write(json.writeValueAsString(Refusals.problem(status, Refusals.detail(status))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not answer Tomcat's {} as a problem", code, e);
        }
    }
}
