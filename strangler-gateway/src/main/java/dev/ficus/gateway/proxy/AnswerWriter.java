package dev.ficus.gateway.proxy;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClientResponse;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a backend's answer to the user. An answer whose length the backend declared, up
 * to {@link #WHOLE_ANSWER_LIMIT} bytes, is read whole and written with its headers in one
 * write: the user gets it in one send, where Spring Cloud Gateway's
 * {@link NettyWriteResponseFilter} sends the headers alone and then the body, and a
 * backend that hangs up before its last byte is a 502 instead of a truncated 200. Like
 * nginx's proxy buffering, it holds up to that limit per request until the answer is in.
 * Any other answer, and one of a streaming type such as {@code text/event-stream}, is
 * streamed by that filter. The response timeout ({@link ResponseTimeout}) bounds the wait
 * for the headers and, for an answer read whole, every wait for the next bytes of its
 * body; it is lifted from a streamed answer.
 */
final class AnswerWriter implements GlobalFilter, Ordered {

    /** The largest declared length read whole before it is written. */
    static final int WHOLE_ANSWER_LIMIT = 64 * 1024;

    private final NettyWriteResponseFilter streaming;

    private final List<MediaType> streamingMediaTypes;

    /**
     * @param streaming Spring Cloud Gateway's writer
     * @param streamingMediaTypes types flushed as they come even when short
     * ({@code spring.cloud.gateway.server.webflux.streaming-media-types})
     */
    AnswerWriter(NettyWriteResponseFilter streaming, List<MediaType> streamingMediaTypes) {
        this.streaming = streaming;
        this.streamingMediaTypes = List.copyOf(streamingMediaTypes);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).then(Mono.defer(() -> write(exchange)));
    }

    /** Inside Spring Cloud Gateway's writer, so that it finds the answer written. */
    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER + 1;
    }

    /**
     * Writes the answer of the backend connection the exchange holds, if it holds one,
     * and takes the connection off the exchange once the answer is written.
     */
    Mono<Void> write(ServerWebExchange exchange) {
        Connection connection = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR);
        if (connection == null) {
            return Mono.empty();
        }
        if (whole(exchange)) {
            return writeWhole(exchange.getResponse(), connection).doOnSuccess(done -> taken(exchange));
        }
        ResponseTimeout.lift(connection);
        return streaming.filter(exchange, done -> Mono.empty()).doOnSuccess(done -> taken(exchange));
    }

    private static void taken(ServerWebExchange exchange) {
        exchange.getAttributes().remove(ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR);
    }

    private boolean whole(ServerWebExchange exchange) {
        HttpClientResponse answer = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR);
        if (answer == null || exchange.getResponse().isCommitted()
                || HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
            return false;
        }
        long length = declaredLength(answer.responseHeaders().get(HttpHeaders.CONTENT_LENGTH));
        return length > 0 && length <= WHOLE_ANSWER_LIMIT && !streamed(exchange.getResponse());
    }

    private boolean streamed(ServerHttpResponse response) {
        MediaType type = response.getHeaders().getContentType();
        return type != null && streamingMediaTypes.stream().anyMatch(type::isCompatibleWith);
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    /**
     * The body's parts are gathered with {@code collectList}, not Reactor Netty's
     * {@code aggregate()}: its {@code handle} step restores the request's observation
     * into thread locals and opens and closes a tracing scope on every answer (about 1 %
     * of a proxied request's CPU).
     */
    private static Mono<Void> writeWhole(ServerHttpResponse response, Connection connection) {
        Mono<DataBuffer> body = connection.inbound()
            .receive()
            .retain()
            .collectList()
            .doOnDiscard(ByteBuf.class, ReferenceCountUtil::safeRelease)
            .filter(parts -> !parts.isEmpty())
            .map(parts -> wrap(joined(connection, parts), response));
        // As the streaming writer does: a connection left half read is not pooled.
        return response.writeWith(body).doOnError(failure -> connection.dispose()).doOnCancel(connection::dispose);
    }

    private static ByteBuf joined(Connection connection, List<ByteBuf> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return connection.channel().alloc().compositeBuffer(parts.size()).addComponents(true, parts);
    }

    private static DataBuffer wrap(ByteBuf bytes, ServerHttpResponse response) {
        if (response.bufferFactory() instanceof NettyDataBufferFactory netty) {
            return netty.wrap(bytes);
        }
        try {
            byte[] copy = new byte[bytes.readableBytes()];
            bytes.readBytes(copy);
            return response.bufferFactory().wrap(copy);
        }
        finally {
            bytes.release();
        }
    }

}
