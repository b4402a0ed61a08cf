package dev.ficus.gateway.edge;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.ficus.gateway.problem.ProblemResponses;

/**
 * Refuses a request body over the limit with a 413 problem: at once when its
 * {@code Content-Length} says so, before a byte of it is read; for a chunked body, as
 * soon as the bytes read pass the limit, which stops reading it (a backend that was
 * already being sent the body sees the request break off).
 */
final class BodySizeLimit implements WebFilter, Ordered {

    private static final String NAME = BodySizeLimit.class.getName();

    private final long maxBytes;

    private final ProblemResponses problems;

    private final boolean http2;

    BodySizeLimit(long maxBytes, ProblemResponses problems, boolean http2) {
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.http2 = http2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0
                || !http2 && !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            // An HTTP/1.1 request with neither a length nor a chunked transfer has no
            // body.
            return chain.filter(exchange);
        }
        ServerWebExchange counted = exchange.mutate().request(new Counted(exchange.getRequest(), maxBytes)).build();
        return chain.filter(counted)
            .onErrorResume(BodyTooLargeException.class,
                    tooLarge -> exchange.getResponse().isCommitted() ? Mono.error(tooLarge) : tooLarge(exchange));
    }

    @Override
    public int getOrder() {
        // Before Spring Security's filter chain (-100), so no body is buffered before it
        // is counted.
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    /**
     * A constant: Spring's filter chain names each filter's checkpoint by its
     * {@code toString()} on every request.
     */
    @Override
    public String toString() {
        return NAME;
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange,
                ProblemResponses.of(HttpStatus.CONTENT_TOO_LARGE,
                        "The request body is larger than the gateway accepts (" + maxBytes
                                + " bytes, ficus.gateway.max-body-size)",
                        exchange));
    }

    /** A request whose body fails once more bytes than the limit have been read. */
    private static final class Counted extends ServerHttpRequestDecorator {

        private final long maxBytes;

        Counted(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new BodyTooLargeException());
                    return;
                }
                sink.next(buffer);
            });
        }

    }

    /** Raised inside the body stream when it passes the limit. */
    private static final class BodyTooLargeException extends RuntimeException {

        BodyTooLargeException() {
            super("request body over the limit", null, false, false);
        }

    }

}
