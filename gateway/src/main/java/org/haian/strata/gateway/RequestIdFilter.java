package org.haian.strata.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every request that passes the gateway carries an {@code X-Request-Id} (the caller's, if it is a plain token, or
 * a new one) to the service and back to the caller, refusals included: it is the correlation id that follows one
 * call through the logs, the stored events ({@code requestId}) and the Kafka headers.
 */
@Component
@Order(RequestIdFilter.ORDER)
public class RequestIdFilter implements WebFilter {

    /** Before Spring Security (-100), so that a refused request has its id too. */
    static final int ORDER = -300;
    static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String requestId = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        // Set when the response is committed, replacing the service's echo of the same id rather than adding to it.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate()
                .request(exchange.getRequest().mutate().headers(h -> h.set(HEADER, requestId)).build())
                .build());
    }
}
