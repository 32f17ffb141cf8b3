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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whatever goes wrong at the gateway reaches the caller as RFC 7807 problem+json: a service that is down, or whose
 * circuit is open, is a 503 naming the service; one that does not answer in time a 504; never a stack trace or a
 * hang.
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
        if (error instanceof ResponseStatusException status) {
            return switch (status.getStatusCode().value()) {
                case 404 -> ProblemDetail.forStatusAndDetail(status.getStatusCode(), "Nothing is served at this path");
                case 503 -> ProblemDetail.forStatusAndDetail(status.getStatusCode(),
                        "The " + service + " service is unavailable; try again shortly");
                case 504 -> ProblemDetail.forStatusAndDetail(status.getStatusCode(),
                        "The " + service + " service did not answer in time");
                default -> ProblemDetail.forStatusAndDetail(status.getStatusCode(), status.getReason() != null
                        ? status.getReason() : HttpStatus.valueOf(status.getStatusCode().value()).getReasonPhrase());
            };
        }
        if (causedBy(error, ConnectException.class)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The " + service + " service is unavailable; try again shortly");
        }
        if (causedBy(error, TimeoutException.class) || causedBy(error, io.netty.handler.timeout.TimeoutException.class)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                    "The " + service + " service did not answer in time");
        }
        log.error("Unexpected failure routing {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed; it has been logged");
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
