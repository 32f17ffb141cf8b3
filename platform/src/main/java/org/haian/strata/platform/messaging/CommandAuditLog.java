package org.haian.strata.platform.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per command, naming the user and the request (in the line's context) but no personal data: the
 * operational trail beside the events, which are the full record. It says what happened after it happened: "stored"
 * once the unit of work has committed the command's events, "refused" with the reason when it rolled back, however
 * late that was (a duplicate's unique key fails only at commit).
 */
public class CommandAuditLog implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger("haian.audit");

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String name = command.getPayloadType().getSimpleName();
        unitOfWork.afterCommit(committed -> {
            try (MetaDataLogContext.Scope ignored = MetaDataLogContext.open(command.getMetaData())) {
                log.info("{} stored", name);
            }
        });
        unitOfWork.onRollback(rolledBack -> {
            try (MetaDataLogContext.Scope ignored = MetaDataLogContext.open(command.getMetaData())) {
                Throwable cause = rolledBack.getExecutionResult().getExceptionResult();
                log.info("{} refused: {}", name, cause == null ? "rolled back" : cause.getMessage());
            }
        });
        return chain.proceed();
    }
}
