package org.haian.strata.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command on behalf of the request being served, so that the user, the request id and a township officer's
 * scope travel with it into its events, and waits for the outcome: the caller learns of a refusal, not a promise.
 */
public class RequestCommands {

    private final CommandGateway gateway;

    public RequestCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public void send(Object command, HttpServletRequest request) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(RequestContext.commandMetaData(request)));
    }
}
