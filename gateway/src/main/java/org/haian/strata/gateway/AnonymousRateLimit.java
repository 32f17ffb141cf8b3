package org.haian.strata.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * At most {@code haian.gateway.anonymous-limit.requests} requests without a valid token per client address in
 * each {@code period} (sign-in, health, the API documents, and every request that is refused with 401), then 429
 * with {@code Retry-After}. A request without a bearer token is counted here, before Spring Security; one whose
 * token is refused is counted by the 401 ({@link GatewaySecurity}), so a valid token from the same address, such as
 * a township office behind one router, is never held back by it.
 */
@Component
@Order(RequestIdFilter.ORDER + 3)
public class AnonymousRateLimit implements WebFilter {

    private static final String BEARER = "bearer ";

    private final Allowance perAddress;
    private final Problems problems;

    public AnonymousRateLimit(@Value("${haian.gateway.anonymous-limit.requests}") int requests,
                              @Value("${haian.gateway.anonymous-limit.period}") Duration period, Problems problems) {
        this.perAddress = new Allowance(requests, period);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return chain.filter(exchange);
        }
        return refusal(exchange).orElseGet(() -> chain.filter(exchange));
    }

    /** Counts one request of this exchange's address: empty if it may go on, else the 429 to answer. */
    Optional<Mono<Void>> refusal(ServerWebExchange exchange) {
        return perAddress.take(clientAddress(exchange)).map(wait -> problems.tooMany(exchange, wait,
                "Too many requests without a valid token from this address"));
    }

    /**
     * The caller's address; behind a load balancer, set {@code server.forward-headers-strategy=native} so that it
     * is the client's and not the balancer's.
     */
    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote != null && remote.getAddress() != null ? remote.getAddress().getHostAddress() : "unknown";
    }
}
