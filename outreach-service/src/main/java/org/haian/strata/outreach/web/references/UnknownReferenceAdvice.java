package org.haian.strata.outreach.web.references;

import java.util.List;

import org.haian.strata.outreach.api.references.UnknownReference;
import org.haian.strata.platform.web.FieldError;
import org.haian.strata.platform.web.Refusals;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unknown or archived person, organisation or cadre is 422, naming the field: the request is well-formed, but
 * what it names cannot be acted on. Ahead of the platform's advice, which would answer 400 for the refusal it
 * extends.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnknownReferenceAdvice {

    @ExceptionHandler(UnknownReference.class)
    ResponseEntity<ProblemDetail> unknown(UnknownReference refusal) {
        ProblemDetail problem = Refusals.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                refusal.field() + ": " + refusal.reason());
        problem.setProperty("errors", List.of(new FieldError(refusal.field(), refusal.reason())));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);
    }
}
