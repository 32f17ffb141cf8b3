package org.haian.strata.gateway;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * At most {@code haian.gateway.rate-limit.requests} calls per signed-in user in each {@code period}; the next one
 * gets 429 with {@code Retry-After}. Keyed by the token's subject, so one busy user cannot starve the others.
 * Requests without a valid token are limited per client address instead ({@link AnonymousRateLimit}).
 */
@Component
public class RateLimitFilter implements GlobalFilter, Ordered {

    private final Allowance perUser;
    private final Problems problems;

    public RateLimitFilter(@Value("${haian.gateway.rate-limit.requests}") int requests,
                           @Value("${haian.gateway.rate-limit.period}") Duration period, Problems problems) {
        this.perUser = new Allowance(requests, period);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        // Mono<Void> completes empty either way, so the refusal is carried as a value, not as emptiness.
        return exchange.getPrincipal()
                .flatMap(principal -> Mono.justOrEmpty(perUser.take(principal.getName())))
                .flatMap(wait -> problems.tooMany(exchange, wait, "Too many requests from this user")
                        .thenReturn(Boolean.TRUE))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(Boolean.TRUE)))
                .then();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
