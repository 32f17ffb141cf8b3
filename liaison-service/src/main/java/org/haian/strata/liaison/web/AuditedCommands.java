package org.haian.strata.liaison.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haian.strata.platform.web.RequestContext;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the current request and waits for the aggregate's answer. The command carries the
 * request's metadata ({@link RequestContext#commandMetaData}): who acts and in which request, for the audit trail,
 * and a township officer's township, which the aggregates check as well.
 */
@Component
class AuditedCommands {

    private final CommandGateway commands;

    AuditedCommands(CommandGateway commands) {
        this.commands = commands;
    }

    void send(Object command, HttpServletRequest request) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(RequestContext.commandMetaData(request)));
    }
}
