package dev.ficus.gateway.shadow;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.reactivestreams.Publisher;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class BodyCaptureUnitTests {

    @Test
    void aWholeAnswerIsPassedOnWholeAndCopied() {
        Recording response = new Recording();
        BodyCapture capture = new BodyCapture(response, 100);

        capture.writeWith(Mono.just(buffer("{\"id\":1}"))).block();

        assertThat(response.written.get()).isInstanceOf(Mono.class);
        assertThat(response.getBodyAsString().block()).isEqualTo("{\"id\":1}");
        assertThat(new String(capture.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
        assertThat(capture.complete()).isTrue();
    }

    @Test
    void aStreamedAnswerIsCopiedUpToTheLimit() {
        Recording response = new Recording();
        BodyCapture capture = new BodyCapture(response, 5);

        capture.writeWith(Flux.just(buffer("abc"), buffer("def"))).block();

        assertThat(response.getBodyAsString().block()).isEqualTo("abcdef");
        assertThat(new String(capture.bytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(capture.complete()).isFalse();
    }

    private static DataBuffer buffer(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A response that remembers what kind of publisher it was given. */
    private static final class Recording extends ServerHttpResponseDecorator {

        final AtomicReference<Publisher<? extends DataBuffer>> written = new AtomicReference<>();

        Recording() {
            super(new MockServerHttpResponse());
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            written.set(body);
            return super.writeWith(body);
        }

        Mono<String> getBodyAsString() {
            return ((MockServerHttpResponse) getDelegate()).getBodyAsString();
        }

    }

}
