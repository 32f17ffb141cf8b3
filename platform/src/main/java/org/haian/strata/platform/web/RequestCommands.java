package org.haian.strata.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.platform.domain.CommandRefused;

/**
 * Sends a command on behalf of the request being served, so that the user, the request id and the caller's scope
 * travel with it into its events, and waits for the outcome: the caller learns of a refusal, not a promise.
 *
 * <p>What Axon itself refuses is said in the project's words, naming the command's target id: a record that is not
 * there, or an id of another kind of record, is the one not-found answer ({@link CommandRefused#notFound}); a new
 * record under an id that is taken is a conflict pointing at it; a concurrent change is a conflict to retry.
 */
public class RequestCommands {

    private final CommandGateway gateway;

    public RequestCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public void send(Object command, HttpServletRequest request) {
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(RequestContext.commandMetaData(request)));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw CommandRefused.notFound(targetField(command));
        } catch (AggregateStreamCreationException e) {
            String field = targetField(command);
            throw CommandRefused.conflictWith(field, "a record with this id exists already", field, targetId(command));
        } catch (ConcurrencyException e) {
            throw new CommandRefused(CommandRefused.Kind.CONFLICT, targetField(command),
                    "was changed by another request at the same time; read it again and retry");
        }
    }

    private static String targetField(Object command) {
        return target(command).getName();
    }

    private static String targetId(Object command) {
        try {
            return String.valueOf(target(command).getAccessor().invoke(command));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the target id of " + command.getClass().getName(), e);
        }
    }

    private static RecordComponent target(Object command) {
        RecordComponent[] components = command.getClass().getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(command.getClass().getName() + " is not a command record");
        }
        return Arrays.stream(components)
                .filter(component -> component.isAnnotationPresent(TargetAggregateIdentifier.class))
                .findFirst()
                // A creation command without the annotation names its new id first, by the project's convention.
                .orElse(components[0]);
    }
}
