package dev.ficus.gateway.proxy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;

/**
 * How long a backend may stay silent: from the moment the request is sent until its
 * answer is read, no read may be further apart than the timeout, as Reactor Netty's
 * {@code responseTimeout}, instead of Spring Cloud Gateway's {@code response-timeout},
 * which covers the headers only and costs a task on another scheduler per request.
 * {@link AnswerWriter} lifts it from an answer it streams to the user, which is read only
 * as fast as the user takes it: a user who pauses is no backend that stalls.
 * <p>
 * Each backend connection keeps one watch for its whole life (an HTTP/2 stream, for its
 * one request), armed while a request waits for its answer: Reactor Netty's
 * {@code responseTimeout} added a handler to the connection's pipeline, scheduled a timer
 * and removed both again on every request, about 2 % of a proxied request's CPU. The
 * watch's timer runs once per timeout per connection (Netty's {@link IdleStateHandler}),
 * whatever the number of requests.
 */
final class ResponseTimeout implements HttpClientCustomizer {

    /** Name of the watch in a backend connection's pipeline. */
    static final String HANDLER_NAME = "ficus.responseTimeout";

    private final Duration timeout;

    ResponseTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public HttpClient customize(HttpClient client) {
        return client.doOnRequest((request, connection) -> watch(connection).newRequest())
            .doAfterRequest((request, connection) -> onWatch(connection, Watch::requestSent))
            .doAfterResponseSuccess((response, connection) -> onWatch(connection, Watch::disarm));
    }

    /** Lifts the timeout from the answer the connection reads now. */
    static void lift(Connection connection) {
        onWatch(connection, Watch::lift);
    }

    /**
     * The connection's watch, added with its first request: an HTTP/1.1 connection keeps
     * it while it is pooled; an HTTP/2 stream is a channel of its own, for one request.
     */
    private Watch watch(Connection connection) {
        ChannelPipeline pipeline = connection.channel().pipeline();
        if (pipeline.get(HANDLER_NAME) instanceof Watch watch) {
            return watch;
        }
        Watch watch = new Watch(timeout.toNanos());
        pipeline.addFirst(HANDLER_NAME, watch);
        return watch;
    }

    private static void onWatch(Connection connection, Consumer<Watch> action) {
        if (connection.channel().pipeline().get(HANDLER_NAME) instanceof Watch watch) {
            action.accept(watch);
        }
    }

    /**
     * Fails the connection's request, as Netty's {@code ReadTimeoutHandler} does, when
     * nothing was read for the timeout while a request waited for its answer.
     */
    static class Watch extends IdleStateHandler {

        private volatile boolean armed;

        private volatile boolean lifted;

        Watch(long timeoutNanos) {
            super(timeoutNanos, 0, 0, TimeUnit.NANOSECONDS);
        }

        void newRequest() {
            armed = false;
            lifted = false;
        }

        /**
         * The request is sent: the timeout counts from now, unless the answer is already
         * being streamed (a backend may answer before the upload ends).
         */
        void requestSent() {
            if (!lifted) {
                resetReadTimeout();
                armed = true;
            }
        }

        void lift() {
            lifted = true;
            armed = false;
        }

        void disarm() {
            armed = false;
        }

        @Override
        protected void channelIdle(ChannelHandlerContext context, IdleStateEvent event) {
            if (armed && event.state() == IdleState.READER_IDLE) {
                armed = false;
                context.fireExceptionCaught(ReadTimeoutException.INSTANCE);
                context.close();
            }
        }

    }

}
