package org.haian.strata.gateway;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One log line per request, refused ones included: method, path, status, time, the user and the request id that
 * the services log too. It runs before Spring Security, which shows the user only to the filters after it, so
 * {@link User} passes the name back through the exchange's attributes.
 */
@Component
@Order(RequestIdFilter.ORDER + 1)
public class AccessLogFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("haian.access");
    static final String USER = AccessLogFilter.class.getName() + ".user";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> log.info("{} {} -> {} in {} ms [request={} user={}]",
                exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                exchange.getResponse().getStatusCode() != null ? exchange.getResponse().getStatusCode().value() : "-",
                (System.nanoTime() - start) / 1_000_000,
                exchange.getAttribute(RequestIdFilter.ATTRIBUTE), exchange.getAttributeOrDefault(USER, "-")));
    }

    /** After Spring Security: records who the authenticated caller is, for the access log line. */
    @Component
    @Order(0)
    static class User implements WebFilter {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return exchange.getPrincipal()
                    .map(Principal::getName)
                    .doOnNext(name -> exchange.getAttributes().put(USER, name))
                    .then(chain.filter(exchange));
        }
    }
}
