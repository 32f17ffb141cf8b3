package org.haian.strata.platform.messaging;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.haian.strata.contract.EventMetadata;
import org.slf4j.MDC;

/**
 * While an event handler runs on a processor's thread, its log lines carry the request id and the acting user of
 * the request that caused the event, as the lines of the request itself do.
 */
public class MetaDataLogContext implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try (Scope ignored = open(unitOfWork.getMessage().getMetaData())) {
            return chain.proceed();
        }
    }

    /** Puts the message's request id and acting user in the log context until the scope is closed. */
    static Scope open(MetaData metaData) {
        MDC.put(EventMetadata.REQUEST_ID, (String) metaData.get(EventMetadata.REQUEST_ID));
        MDC.put(EventMetadata.ACTING_USER, (String) metaData.get(EventMetadata.ACTING_USER));
        return () -> {
            MDC.remove(EventMetadata.REQUEST_ID);
            MDC.remove(EventMetadata.ACTING_USER);
        };
    }

    /** A log context that closes without checked exceptions. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
