package org.haian.strata.platform.deadletter;

import java.sql.SQLTransientConnectionException;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoisonEventPolicyTest {

    private final PoisonEventPolicy policy = new PoisonEventPolicy();
    private final DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("person-1",
            GenericEventMessage.asEventMessage("an event"));

    @Test
    void aHandlerThatFailsOnTheEventItselfDeadLettersIt() {
        IllegalStateException bug = new IllegalStateException("no township on the event");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, bug);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).contains(bug);
    }

    @Test
    void anOutageOfTheStoreIsThrownOnSoThatTheProcessorRetriesInstead() {
        RuntimeException mongoAway = new IllegalStateException("write failed",
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress()));

        assertThatThrownBy(() -> policy.decide(letter, mongoAway)).isSameAs(mongoAway);
        assertThatThrownBy(() -> policy.decide(letter, new MongoTimeoutException("no server")))
                .isInstanceOf(MongoTimeoutException.class);
        assertThatThrownBy(() -> policy.decide(letter, new DataAccessResourceFailureException("database closed")))
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void aCheckedOutageIsThrownOnWrapped() {
        SQLTransientConnectionException closed = new SQLTransientConnectionException("connection closed");

        assertThatThrownBy(() -> policy.decide(letter, closed)).hasCause(closed);
    }
}
