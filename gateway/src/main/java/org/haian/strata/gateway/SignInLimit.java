package org.haian.strata.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Guessing passwords at {@code POST /auth/token} is slow: each client address gets
 * {@code haian.gateway.sign-in-limit.attempts-per-address} attempts per {@code period}, right or wrong, and each
 * user name {@code failures-per-user} wrong passwords, whatever the address. A failure is counted before the
 * attempt and given back when it was none, so parallel guesses cannot overtake the count, and signing in rightly
 * never locks a user out; the next attempt over either limit is 429 with {@code Retry-After}.
 */
final class SignInLimit implements GatewayFilter {

    private final Allowance perAddress;
    private final Allowance failuresPerUser;
    private final Problems problems;

    SignInLimit(int attempts, int failures, Duration period, Problems problems) {
        this.perAddress = new Allowance(attempts, period);
        this.failuresPerUser = new Allowance(failures, period);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Optional<Duration> addressWait = perAddress.take(AnonymousRateLimit.clientAddress(exchange));
        if (addressWait.isPresent()) {
            return problems.tooMany(exchange, addressWait.get(), "Too many sign-in attempts from this address");
        }
        return ServerWebExchangeUtils.cacheRequestBody(exchange, request -> {
            ServerWebExchange cached = exchange.mutate().request(request).build();
            String user = username(exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR));
            if (user == null) {
                return chain.filter(cached);
            }
            Optional<Duration> userWait = failuresPerUser.take(user);
            if (userWait.isPresent()) {
                return problems.tooMany(cached, userWait.get(), "Too many failed sign-ins for this user");
            }
            return chain.filter(cached).doFinally(signal -> {
                if (!HttpStatus.UNAUTHORIZED.equals(cached.getResponse().getStatusCode())) {
                    failuresPerUser.giveBack(user);
                }
            });
        });
    }

    /**
     * The user name of the form, the last one if it is repeated, as the issuer reads it; none if it cannot be
     * decoded, which the issuer refuses before it looks at a password.
     */
    private static String username(DataBuffer body) {
        if (body == null) {
            return null;
        }
        String user = null;
        for (String pair : body.toString(StandardCharsets.UTF_8).split("&")) {
            if (pair.startsWith("username=")) {
                try {
                    user = URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return user;
    }
}
