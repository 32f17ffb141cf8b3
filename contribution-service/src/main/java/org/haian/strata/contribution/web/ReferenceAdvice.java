package org.haian.strata.contribution.web;

import java.util.List;

import org.haian.strata.platform.web.FieldError;
import org.haian.strata.platform.web.Refusals;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unusable reference as problem+json: 422, with the field and the reason in {@code errors}, like every refusal. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceAdvice {

    @ExceptionHandler(UnknownReference.class)
    ResponseEntity<ProblemDetail> unknownReference(UnknownReference ex) {
        ProblemDetail problem = Refusals.problem(HttpStatus.UNPROCESSABLE_ENTITY, ex.field() + ": " + ex.getMessage());
        problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
