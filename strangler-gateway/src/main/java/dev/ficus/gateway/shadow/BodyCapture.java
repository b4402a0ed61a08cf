package dev.ficus.gateway.shadow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/**
 * Copies the body written to the user, up to a limit, without holding it back.
 */
class BodyCapture extends ServerHttpResponseDecorator {

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    private final int maxBytes;

    private boolean complete = true;

    BodyCapture(ServerHttpResponse delegate, int maxBytes) {
        super(delegate);
        this.maxBytes = maxBytes;
    }

    /** A whole answer stays one, so that it is still written with its headers at once. */
    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        if (body instanceof Mono<? extends DataBuffer> whole) {
            return super.writeWith(whole.doOnNext(this::append));
        }
        return super.writeWith(Flux.from(body).doOnNext(this::append));
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        // Streamed answers are not compared.
        complete = false;
        return super.writeAndFlushWith(body);
    }

    private synchronized void append(DataBuffer buffer) {
        int length = buffer.readableByteCount();
        if (copy.size() + length > maxBytes) {
            complete = false;
            return;
        }
        byte[] bytes = new byte[length];
        buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), 0, length);
        copy.writeBytes(bytes);
    }

    /** Whether the whole body was captured. */
    synchronized boolean complete() {
        return complete;
    }

    synchronized byte[] bytes() {
        return copy.toByteArray();
    }

}
