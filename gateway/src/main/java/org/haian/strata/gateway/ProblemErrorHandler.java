package org.haian.strata.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whatever goes wrong at the gateway reaches the caller as RFC 7807 problem+json: a service that is down, or whose
 * circuit is open, is a 503 naming the service; one that does not answer in time a 504; never a stack trace, a
 * library's message or a hang.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final Problems problems;

    public ProblemErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return problems.write(exchange, problemFor(exchange, error));
    }

    private ProblemDetail problemFor(ServerWebExchange exchange, Throwable error) {
        String service = service(exchange);
        if (error instanceof Problems.Refusal refusal) {
            return Problems.problem(refusal.getStatusCode(), refusal.getReason());
        }
        if (error instanceof ResponseStatusException status) {
            log.debug("{} {} answered {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    status.getStatusCode(), status.getMessage());
            if (error instanceof MethodNotAllowedException notAllowed) {
                exchange.getResponse().getHeaders().setAllow(notAllowed.getSupportedMethods());
            }
            return switch (status.getStatusCode().value()) {
                case 503 -> Problems.problem(status.getStatusCode(), unavailable(service));
                case 504 -> Problems.problem(status.getStatusCode(), tooSlow(service));
                default -> Problems.problem(status.getStatusCode(), Problems.detail(status.getStatusCode()));
            };
        }
        if (causedBy(error, ConnectException.class)) {
            return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, unavailable(service));
        }
        if (causedBy(error, TimeoutException.class) || causedBy(error, io.netty.handler.timeout.TimeoutException.class)) {
            return Problems.problem(HttpStatus.GATEWAY_TIMEOUT, tooSlow(service));
        }
        log.error("Unexpected failure routing {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private static String unavailable(String service) {
        return "The " + service + " service is unavailable; try again shortly";
    }

    private static String tooSlow(String service) {
        return "The " + service + " service did not answer in time";
    }

    private static String service(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null ? route.getId() : "requested";
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
