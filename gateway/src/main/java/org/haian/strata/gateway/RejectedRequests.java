package org.haian.strata.gateway;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import reactor.netty.NettyPipeline;

/**
 * Requests refused before any route sees them, answered as problem+json like every other refusal: those Spring
 * Security's firewall rejects ({@code ..}, encoded {@code /} or {@code .}, {@code ;}, {@code \}, NUL, a method
 * such as TRACE), and those Reactor Netty's decoder cannot even read (a request line or headers over the limits,
 * 414 and 431; a malformed URL or header, 400), which no filter sees and so carry no request id.
 */
@Configuration(proxyBeanMethods = false)
public class RejectedRequests {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);
    /** What {@link StrictServerWebExchangeFirewall} lets through; everything else is refused with 405. */
    private static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    /** Picked up by Spring Security's WebFlux configuration in place of its empty 400. */
    @Bean
    ServerExchangeRejectedHandler firewallRefusal(Problems problems) {
        return (exchange, rejected) -> {
            log.debug("The firewall refused {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), rejected.getMessage());
            if (!ALLOWED.contains(exchange.getRequest().getMethod())) {
                exchange.getResponse().getHeaders().setAllow(ALLOWED);
                return problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED,
                        "The method " + exchange.getRequest().getMethod() + " is not allowed here");
            }
            return problems.write(exchange, HttpStatus.BAD_REQUEST, "The request URL or a header holds something "
                    + "the gateway does not accept: '..', an encoded '/', '.' or '%', ';', '\\' or a NUL character");
        };
    }

    /** Reactor Netty's own refusals are written before any Spring handler runs: the only hook is its pipeline. */
    @Bean
    NettyServerCustomizer problemsForNettysRefusals(Problems problems, ServerProperties server) {
        String tooLongLine = "The request line (method, URL and version) is longer than the "
                + server.getNetty().getMaxInitialLineLength().toBytes() + " bytes allowed";
        String tooLargeHeaders = "The request headers are larger than the "
                + server.getMaxHttpRequestHeaderSize().toBytes() + " bytes allowed";
        return http -> http.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "haian.emptyRefusals",
                        new EmptyRefusals(problems, tooLongLine, tooLargeHeaders));
            }
        });
    }

    /**
     * Answers a request Reactor Netty's decoder could not read (a request line or headers over the limits, 414 and
     * 431; a malformed URL or header, 400) itself, as problem+json, and closes the connection; and gives an error
     * response that leaves with no body (the empty 400 Spring's adapter answers for a URL it cannot parse) a
     * problem+json body. Reactor Netty's own answer to an undecodable request is empty, and on a kept-alive
     * connection it was sometimes never sent: a request that arrives before Reactor has closed its books on the
     * previous answer is queued, and a queued undecodable one is dropped (seen in 1.2.11 and 1.2.18), so the client
     * waits until its timeout. One per connection: it pairs each response with its request's method, as a HEAD
     * answer must stay without a body.
     */
    static final class EmptyRefusals extends ChannelDuplexHandler {

        private final Problems problems;
        private final String tooLongLine;
        private final String tooLargeHeaders;
        /** The methods of the requests passed on whose answers have not begun. */
        private final Deque<String> methods = new ArrayDeque<>();
        /** Requests passed on whose answers have not been written to their end. */
        private int unfinished;
        /** The answer to an undecodable request, kept until the answers before it are written. */
        private FullHttpResponse refusal;

        EmptyRefusals(Problems problems, String tooLongLine, String tooLargeHeaders) {
            this.problems = problems;
            this.tooLongLine = tooLongLine;
            this.tooLargeHeaders = tooLargeHeaders;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) throws JsonProcessingException {
            if (refusal != null) {
                // The decoder discards the rest of the connection after a failure; nothing more is a request.
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
                refusal = refusalOf(request);
                ReferenceCountUtil.release(message);
                if (unfinished == 0) {
                    answerAndClose(context);
                }
                return;
            }
            if (message instanceof HttpRequest request) {
                methods.add(request.method().name());
                unfinished++;
            }
            context.fireChannelRead(message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise)
                throws JsonProcessingException {
            Object written = message;
            if (message instanceof HttpResponse response && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
                String method = methods.poll();
                if (response instanceof FullHttpResponse full && isEmptyRefusal(full) && !"HEAD".equals(method)) {
                    written = withProblem(full, detail(full.status().code()));
                }
            }
            if (message instanceof LastHttpContent && --unfinished == 0 && refusal != null) {
                promise.addListener(done -> answerAndClose(context));
            }
            context.write(written, promise);
        }

        private void answerAndClose(ChannelHandlerContext context) {
            context.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
        }

        private FullHttpResponse refusalOf(HttpRequest request) throws JsonProcessingException {
            Throwable cause = request.decoderResult().cause();
            HttpResponseStatus status = cause instanceof TooLongHttpLineException ? HttpResponseStatus.REQUEST_URI_TOO_LONG
                    : cause instanceof TooLongHttpHeaderException ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                    : cause instanceof TooLongFrameException ? HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE
                    : HttpResponseStatus.BAD_REQUEST;
            log.debug("Refused a request the decoder could not read: {}", cause.toString());
            FullHttpResponse empty = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
            FullHttpResponse answer = HttpMethod.HEAD.name().equals(request.method().name()) ? empty
                    : withProblem(empty, detail(status.code()));
            answer.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, answer.content().readableBytes());
            return answer;
        }

        private static boolean isEmptyRefusal(FullHttpResponse response) {
            return response.status().code() >= 400 && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
        }

        private String detail(int status) {
            return switch (status) {
                case 414 -> tooLongLine;
                case 431 -> tooLargeHeaders;
                default -> Problems.detail(HttpStatusCode.valueOf(status));
            };
        }

        private FullHttpResponse withProblem(FullHttpResponse response, String detail) throws JsonProcessingException {
            FullHttpResponse problem = response.replace(Unpooled.wrappedBuffer(
                    problems.bytes(Problems.problem(HttpStatusCode.valueOf(response.status().code()), detail))));
            response.release();
            problem.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, problem.content().readableBytes());
            return problem;
        }
    }
}
