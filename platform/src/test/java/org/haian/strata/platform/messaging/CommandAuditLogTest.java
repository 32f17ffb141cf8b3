package org.haian.strata.platform.messaging;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log says what happened to a command after it happened: stored, or refused with the reason. */
class CommandAuditLogTest {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger audit = (Logger) LoggerFactory.getLogger("haian.audit");
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final DefaultCommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();

    record Register(String id) {
    }

    record RegisterTwice(String id) {
    }

    @BeforeEach
    void setUp() {
        lines.start();
        audit.addAppender(lines);
        bus.registerHandlerInterceptor(new CommandAuditLog());
        bus.subscribe(Register.class.getName(), command -> "ok");
        // As a unique key does: the handler is done, and the commit refuses.
        bus.subscribe(RegisterTwice.class.getName(), command -> {
            CurrentUnitOfWork.get().onPrepareCommit(unit -> {
                throw new IllegalStateException("already registered");
            });
            return "ok";
        });
    }

    @AfterEach
    void tearDown() {
        audit.detachAppender(lines);
    }

    @Test
    void aCommandWhoseEventsAreStoredIsLoggedAsStored() {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new Register("p-1")));

        assertThat(messages()).containsExactly("Register stored");
    }

    @Test
    void aCommandRefusedAtCommitIsLoggedAsRefusedAndNeverAsStored() {
        assertThatThrownBy(() -> gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterTwice("p-1"))))
                .hasMessageContaining("already registered");

        assertThat(messages()).containsExactly("RegisterTwice refused: already registered");
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
