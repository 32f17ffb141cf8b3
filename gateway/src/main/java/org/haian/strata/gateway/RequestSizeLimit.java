package org.haian.strata.gateway;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
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
 * and while streaming a body that announces no length. A POST of a file to one of {@code haian.gateway.upload-paths}
 * (a bulk import's spreadsheet) may be as large as {@code haian.gateway.max-upload-size}; the service behind checks
 * the same pair again.
 */
@Component
@Order(RequestIdFilter.ORDER + 2)
public class RequestSizeLimit implements WebFilter {

    private final long maxRequestBytes;
    private final long maxUploadBytes;
    private final List<String> uploadPaths;
    private final Problems problems;

    public RequestSizeLimit(@Value("${haian.gateway.max-request-size}") DataSize maxSize,
                            @Value("${haian.gateway.max-upload-size}") DataSize maxUploadSize,
                            @Value("${haian.gateway.upload-paths:}") List<String> uploadPaths, Problems problems) {
        this.maxRequestBytes = maxSize.toBytes();
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.uploadPaths = List.copyOf(uploadPaths);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long maxBytes = exchange.getRequest().getMethod() == HttpMethod.POST
                && uploadPaths.contains(exchange.getRequest().getPath().value()) ? maxUploadBytes : maxRequestBytes;
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(maxBytes));
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
                        throw new Problems.Refusal(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(maxBytes));
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static String tooLarge(long maxBytes) {
        return "The request body is larger than the " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB allowed";
    }
}
