package org.haian.strata.platform.messaging;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
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
        EventMessage<?> event = unitOfWork.getMessage();
        try (MDC.MDCCloseable request = MDC.putCloseable(EventMetadata.REQUEST_ID,
                (String) event.getMetaData().get(EventMetadata.REQUEST_ID));
             MDC.MDCCloseable user = MDC.putCloseable(EventMetadata.ACTING_USER,
                     (String) event.getMetaData().get(EventMetadata.ACTING_USER))) {
            return chain.proceed();
        }
    }
}
