package org.haian.strata.platform.deadletter;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code deadLetters} in {@code /actuator/health}: {@code UP} while every queue is empty, {@value #STATUS} with the
 * count per processing group while events wait in one. The service still serves; its read models lack those events
 * until an administrator retries or skips them. {@value #STATUS} ranks between {@code OUT_OF_SERVICE} and
 * {@code UP} and answers 200 ({@code haian-platform.yml}), so a probe does not take the service out of rotation.
 */
class DeadLettersHealth extends AbstractHealthIndicator {

    static final String STATUS = "DEAD_LETTERS";

    private final DeadLetters deadLetters;

    DeadLettersHealth(DeadLetters deadLetters) {
        super("The dead-letter queues could not be read");
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        DeadLetters.Counts counts = deadLetters.counts();
        builder.status(counts.letters() == 0 ? Status.UP
                        : new Status(STATUS, counts.letters() + " events wait in dead-letter queues"))
                .withDetail("letters", counts.letters())
                .withDetail("processingGroups", counts.processingGroups());
    }
}
