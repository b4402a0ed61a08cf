package dev.ficus.gateway.proxy;

import java.time.Duration;

import io.netty.util.AttributeKey;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;
import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;

/**
 * How long a backend may stay silent: Reactor Netty's read timeout on the backend
 * connection, from the moment the request is sent until its answer is read, instead of
 * Spring Cloud Gateway's {@code response-timeout}, which covers the headers only and
 * costs a task on another scheduler per request. {@link AnswerWriter} lifts it from an
 * answer it streams to the user, which is read only as fast as the user takes it: a user
 * who pauses is no backend that stalls.
 */
final class ResponseTimeout implements HttpClientCustomizer {

    /** The connection, for the request it carries, whose answer is streamed. */
    private static final AttributeKey<Connection> LIFTED = AttributeKey.valueOf(ResponseTimeout.class, "lifted");

    private final Duration timeout;

    ResponseTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public HttpClient customize(HttpClient client) {
        return client.responseTimeout(timeout).doAfterRequest((request, connection) -> {
            // Reactor Netty sets the timeout once the request is sent, after this; a
            // backend may have answered before the upload ended, and been streamed.
            if (connection.channel().attr(LIFTED).get() == connection) {
                connection.channel()
                    .eventLoop()
                    .execute(() -> connection.removeHandler(NettyPipeline.ResponseTimeoutHandler));
            }
        });
    }

    /** Lifts the timeout from the answer the connection reads now. */
    static void lift(Connection connection) {
        connection.channel().attr(LIFTED).set(connection);
        connection.removeHandler(NettyPipeline.ResponseTimeoutHandler);
    }

}
