package org.haian.strata.platform.domain;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * An aggregate that belongs to one township (区镇), the tenant: a township officer's command reaches it only in
 * their own township; any other is refused as not found ({@link TownshipScope}). The check runs before every command
 * handler of an existing record, whatever the web layer decided, so it is written here once and inherited.
 */
public abstract class TownshipRecord {

    @CommandHandlerInterceptor
    Object withinTheActorsTownship(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        TownshipScope.require(command.getMetaData(), township(), idField());
        return chain.proceed();
    }

    /** The township the record belongs to now. */
    protected abstract String township();

    /** The name of the record's id in commands ({@code personId}), for the refusal. */
    protected abstract String idField();
}
