package org.haian.strata.platform.deadletter;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.web.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead-letter queues of this service's projections (死信队列), for the city's administrators: which events a read
 * model could not take in and why, retried after a fix or skipped. Under {@code /api/<context>/dead-letters}, so
 * that the gateway's route of the service reaches it.
 */
@Tag(name = "Dead letters 死信", description = "Events a read model could not handle: list, retry, skip")
@RestController
@RequestMapping("/api/${haian.context}/dead-letters")
@PreAuthorize("hasRole('CITY_ADMIN')")
public class DeadLettersController {

    private final DeadLetters deadLetters;

    public DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "What waits in each processing group's queue: per sequence the event that failed, and why")
    @GetMapping
    public DeadLetters.Report list() {
        return deadLetters.report();
    }

    /**
     * Only counts, no event: readable by anyone signed in, so that the dashboard can say that figures lack events
     * that wait in a queue. Through the gateway, whoever may call the context: analytics' counts are for those who
     * read the figures, so a liaison cadre, who reads none, is refused there (403).
     */
    @Operation(summary = "How many events wait in the dead-letter queues, in all and per processing group")
    @GetMapping("/counts")
    @PreAuthorize("isAuthenticated()")
    public DeadLetters.Counts counts() {
        return deadLetters.counts();
    }

    @Operation(summary = "Handle a group's dead letters again (all its sequences, or the one named), after a fix")
    @PostMapping("/{processingGroup}/retries")
    public DeadLetters.Retry retry(@PathVariable String processingGroup,
                                   @RequestParam(required = false) String sequence) {
        return deadLetters.retry(processingGroup, sequence, Actor.current().userId());
    }

    @Operation(summary = "Give up on one dead letter: its event is never handled by this group (204)")
    @DeleteMapping("/{processingGroup}/letters/{letterId}")
    public ResponseEntity<Void> skip(@PathVariable String processingGroup, @PathVariable String letterId) {
        deadLetters.skip(processingGroup, letterId, Actor.current().userId());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(DeadLetters.UnknownDeadLetter.class)
    ResponseEntity<ProblemDetail> unknown(DeadLetters.UnknownDeadLetter e) {
        ProblemDetail problem = Refusals.problem(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("errors", List.of(e.error()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
