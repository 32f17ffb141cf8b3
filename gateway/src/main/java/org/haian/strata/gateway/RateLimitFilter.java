package org.haian.strata.gateway;

import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * At most {@code haian.gateway.rate-limit.requests} calls per user in each {@code period}; the next one gets 429 with
 * {@code Retry-After}. Keyed by the token's subject, so one busy user cannot starve the others. The counts live in
 * this gateway's memory: with several gateway instances each allows its own share.
 */
@Component
public class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiterRegistry limiters;
    private final Problems problems;

    public RateLimitFilter(@Value("${haian.gateway.rate-limit.requests}") int requests,
                           @Value("${haian.gateway.rate-limit.period}") Duration period, Problems problems) {
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(requests)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        // Mono<Void> completes empty either way, so the refusal is carried as a value, not as emptiness.
        return exchange.getPrincipal()
                .map(principal -> limiters.rateLimiter(principal.getName()))
                .filter(limiter -> !limiter.acquirePermission())
                .flatMap(limiter -> tooMany(exchange, limiter).thenReturn(Boolean.TRUE))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(Boolean.TRUE)))
                .then();
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, RateLimiter limiter) {
        long waitNanos = ((AtomicRateLimiter) limiter).getDetailedMetrics().getNanosToWait();
        long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this user; retry after " + seconds + " s");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
