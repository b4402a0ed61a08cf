package dev.ficus.bench.overhead;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.load.LoopbackTarget;
import dev.ficus.startup.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Netty generator against the real nginx: every request due at the fixed rate is sent
 * and answered, and connections nginx closes are opened again.
 */
class NettyHttpLoadIntegrationTests {

    @TempDir
    Path work;

    @Test
    void fixedRateSendsEveryRequestDueAndMeasuresFromWhenItWasDue() {
        try (NginxProxy backend = NginxProxy.fixedAnswer(work.resolve("backend"), FreePorts.next(), FixedBackend.BODY,
                Optional.empty())) {
            NettyHttpLoad.Figures figures = NettyHttpLoad.fixedRate(400, 8, Duration.ofSeconds(1))
                .run(LoopbackTarget.port(backend.port()), OverheadBenchmark.REQUEST_PATH);

            assertThat(figures.offered()).isEqualTo(400);
            assertThat(figures.ok()).isEqualTo(400);
            assertThat(figures.errors()).isZero();
            assertThat(figures.errorKinds()).isEmpty();
            assertThat(figures.latency().count()).isEqualTo(400);
            assertThat(figures.sendLag().count()).isEqualTo(400);
            assertThat(figures.latency().p50()).isPositive().isGreaterThanOrEqualTo(figures.sendLag().p50());
            assertThat(figures.seconds()).isBetween(0.95, 5.0);
        }
    }

    @Test
    void closedLoopOpensAgainTheConnectionsNginxClosesAfterAThousandRequests() {
        int backendPort = FreePorts.next();
        try (NginxProxy backend = NginxProxy.fixedAnswer(work.resolve("backend"), backendPort, FixedBackend.BODY,
                Optional.empty());
                NginxProxy nginx = NginxProxy.start(work.resolve("nginx"), FreePorts.next(), backendPort,
                        Optional.empty())) {
            ClosedLoopSaturation.Result result = new ClosedLoopSaturation(2, Duration.ofSeconds(2))
                .run(LoopbackTarget.port(nginx.port()), OverheadBenchmark.REQUEST_PATH);

            assertThat(result.completed()).as("more than the 1,000 requests nginx serves per connection")
                .isGreaterThan(2_000);
            assertThat(result.errors()).isZero();
            assertThat(result.throughput()).isCloseTo(result.completed() / result.seconds(),
                    org.assertj.core.api.Assertions.within(1e-6));
            assertThat(result.generatorCpu()).isPositive();
        }
    }

}
