package dev.ficus.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LoopbackTargetUnitTests {

    @Test
    void refusesNonLoopbackAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> LoopbackTarget.of("http://192.0.2.10:8080"))
            .withMessageContaining("refusing non-loopback target");
    }

    @Test
    void refusesNonHttpScheme() {
        assertThatIllegalArgumentException().isThrownBy(() -> LoopbackTarget.of("ftp://127.0.0.1:21"))
            .withMessageContaining("http://");
    }

    @Test
    void acceptsLoopbackNamesAndAddresses() {
        assertThat(LoopbackTarget.of("http://localhost:8080").resolve("/a").toString())
            .isEqualTo("http://localhost:8080/a");
        assertThat(LoopbackTarget.port(9000).resolve("/api/orders/7").toString())
            .isEqualTo("http://127.0.0.1:9000/api/orders/7");
    }

}
