package org.haian.strata.platform.deadletter;

import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Which failures of an event handler make the event a poison event (毒事件), to be put aside in the dead-letter queue.
 *
 * <p>A failure of the handler's own logic (a malformed event, a bug) fails the same way on every delivery, so the
 * event is dead-lettered: it and the later events of its sequence wait while the rest of the stream flows. A failure
 * of what the handler writes to (MongoDB or the database away, a time-out) says nothing about the event: dead-lettering
 * it would hide every event of an outage in the queue until someone retried them by hand. Such a failure is thrown
 * on, out of the policy, so that the processor rolls its batch back and retries it with back-off, as it does without a
 * queue, until the store is back.
 */
final class PoisonEventPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(PoisonEventPolicy.class);

    /** Failures of the infrastructure around a handler, anywhere in the chain of causes. */
    private static final List<Class<? extends Throwable>> OUTAGES = List.of(
            MongoSocketException.class, MongoTimeoutException.class, MongoServerUnavailableException.class,
            MongoConnectionPoolClearedException.class, MongoInterruptedException.class,
            SQLTransientException.class, SQLRecoverableException.class, SQLNonTransientConnectionException.class,
            TransientDataAccessException.class, RecoverableDataAccessException.class,
            DataAccessResourceFailureException.class, TransactionException.class, AxonTransientException.class,
            IOException.class, TimeoutException.class, InterruptedException.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isOutage(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("An event handler's store failed", cause);
        }
        EventMessage<?> event = letter.message();
        log.error("Dead-lettered {} {}: its handler fails on it ({}); later events of its sequence wait behind it "
                        + "until it is retried or skipped", event.getPayloadType().getSimpleName(), event.getIdentifier(),
                cause.toString(), cause);
        return Decisions.enqueue(cause);
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable current = cause;
            if (OUTAGES.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
