package org.haian.strata.liaison.web;

import java.net.URI;
import java.util.List;

import org.haian.strata.platform.web.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A duplicate person is a 409 problem. Ordered before the platform's advice, whose catch-all would otherwise answer
 * the unique-key violation of {@code person_identity} as an unexpected 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DuplicatePersonAdvice {

    static final URI TYPE = URI.create("urn:haian:problem:duplicate-person");
    private static final String FIELD = "name";

    /** Points at the person already registered, in the body and as {@code Location}, so the caller can go there. */
    @ExceptionHandler(DuplicatePerson.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicatePerson e) {
        URI existing = URI.create("/api/liaison/people/" + e.existingPersonId());
        ProblemDetail problem = problem(e.getMessage());
        problem.setProperty("existingPersonId", e.existingPersonId());
        return ResponseEntity.status(HttpStatus.CONFLICT).location(existing).body(problem);
    }

    /**
     * The table's unique key refused a change that the lookup could not foresee: a change of organisation or
     * township onto someone else's identity, or a registration that raced another one.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicateKey(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(
                "Another person with this name and organisation is registered in this township already"));
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(TYPE);
        problem.setTitle("Duplicate person");
        problem.setProperty("errors", List.of(new FieldError(FIELD, "a person with this name and organisation "
                + "is registered in this township already")));
        return problem;
    }
}
