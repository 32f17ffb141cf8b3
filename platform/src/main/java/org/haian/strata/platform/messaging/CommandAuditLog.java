package org.haian.strata.platform.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per command, accepted or refused, naming the user and the request (in the line's context) but no
 * personal data: the operational trail beside the events, which are the full record.
 */
public class CommandAuditLog implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger("haian.audit");

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        try (MetaDataLogContext.Scope ignored = MetaDataLogContext.open(command.getMetaData())) {
            try {
                Object result = chain.proceed();
                log.info("{} accepted", command.getPayloadType().getSimpleName());
                return result;
            } catch (Exception e) {
                log.info("{} refused: {}", command.getPayloadType().getSimpleName(), e.getMessage());
                throw e;
            }
        }
    }
}
