package org.haian.strata.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over {@code haian.gateway.max-request-size} with 413: at once when Content-Length says so,
 * and while streaming a body that announces no length.
 */
@Component
@Order(RequestIdFilter.ORDER + 2)
public class RequestSizeLimit implements WebFilter {

    private final long maxBytes;
    private final Problems problems;

    public RequestSizeLimit(@Value("${haian.gateway.max-request-size}") DataSize maxSize, Problems problems) {
        this.maxBytes = maxSize.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                long[] seen = {0};
                return super.getBody().doOnNext(buffer -> {
                    seen[0] += buffer.readableByteCount();
                    if (seen[0] > maxBytes) {
                        throw new Problems.Refusal(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private String tooLarge() {
        return "The request body is larger than the " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB allowed";
    }
}
