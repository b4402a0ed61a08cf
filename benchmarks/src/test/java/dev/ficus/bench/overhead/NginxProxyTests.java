package dev.ficus.bench.overhead;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NginxProxyTests {

    private static final Path DIRECTORY = Path.of("/tmp/bench/backend");

    @Test
    void fixedAnswerReturnsTheBodyOnEveryPathWithoutAnAccessLog() {
        String config = NginxProxy.fixedAnswerConfig(DIRECTORY, 18190, "{\"id\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(config).contains("listen 127.0.0.1:18190;")
            .contains("return 200 '{\"id\":1}';")
            .contains("default_type application/json;")
            .contains("access_log off;")
            .contains("worker_processes 1;")
            .contains("pid /tmp/bench/backend/nginx.pid;")
            .doesNotContain("proxy_pass");
    }

    @Test
    void fixedAnswerEscapesQuotesAndBackslashesOfTheBody() {
        String config = NginxProxy.fixedAnswerConfig(DIRECTORY, 1, "it's a \\ slash".getBytes(StandardCharsets.UTF_8));

        assertThat(config).contains("return 200 'it\\'s a \\\\ slash';");
    }

    @Test
    void fixedAnswerRefusesADollarNginxWouldReadAsAVariable() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> NginxProxy.fixedAnswerConfig(DIRECTORY, 1, "$host".getBytes(StandardCharsets.UTF_8)))
            .withMessageContaining("$host");
    }

    @Test
    void theBenchmarkBodyNeedsNoEscapingAndIsAboutOneKilobyte() {
        String body = new String(FixedBackend.BODY, StandardCharsets.UTF_8);

        assertThat(FixedBackend.BODY.length).isBetween(1000, 1100);
        assertThat(NginxProxy.fixedAnswerConfig(DIRECTORY, 1, FixedBackend.BODY))
            .contains("return 200 '" + body + "';");
    }

}
