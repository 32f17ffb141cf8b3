package org.haian.strata.gateway;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * At most {@code haian.gateway.rate-limit.requests} calls per signed-in user in each {@code period}, to a service
 * or not; the next one gets 429 with {@code Retry-After}. Keyed by the token's subject, so one busy user cannot
 * starve the others. After Spring Security, which tells who the user is; requests without a valid token are
 * limited per client address instead ({@link AnonymousRateLimit}).
 */
@Component
@Order(0)
public class RateLimitFilter implements WebFilter {

    private final Allowance perUser;
    private final Problems problems;

    public RateLimitFilter(@Value("${haian.gateway.rate-limit.requests}") int requests,
                           @Value("${haian.gateway.rate-limit.period}") Duration period, Problems problems) {
        this.perUser = new Allowance(requests, period);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // Mono<Void> completes empty either way, so the refusal is carried as a value, not as emptiness.
        return exchange.getPrincipal()
                .flatMap(principal -> Mono.justOrEmpty(perUser.take(principal.getName())))
                .flatMap(wait -> problems.tooMany(exchange, wait, "Too many requests from this user")
                        .thenReturn(Boolean.TRUE))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(Boolean.TRUE)))
                .then();
    }
}
