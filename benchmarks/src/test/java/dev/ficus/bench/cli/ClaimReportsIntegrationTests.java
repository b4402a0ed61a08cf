package dev.ficus.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.ficus.bench.report.ClaimVerdict;
import dev.ficus.bench.report.ClaimVerdict.Favours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims' committed reports read back into the comparison's "When it pays": every
 * claim measured so far, each judged from its own figures.
 */
class ClaimReportsIntegrationTests {

    private static final Path COMMITTED = Path.of("").toAbsolutePath().getParent().resolve("reports/benchmarks");

    @TempDir
    Path folder;

    @Test
    void readsEveryCommittedClaimWithItsSourceAndFigures() {
        List<ClaimVerdict> claims = ClaimReports.read(COMMITTED);

        assertThat(claims).extracting(ClaimVerdict::claim)
            .contains("a change is local", "a slow dependency stays local", "deploy without downtime");
        assertThat(claims).allSatisfy(claim -> assertThat(COMMITTED.resolve(claim.source())).isRegularFile());
        ClaimVerdict slow = claim(claims, "a slow dependency stays local");
        // committed run: other endpoints' p99 71-80 ms in gateway-services against
        // 2,887-3,710 ms in the monolith
        assertThat(slow.favours()).isEqualTo(Favours.MICROSERVICES);
        assertThat(slow.finding()).startsWith("while inventory answered late, the endpoints that do not need it kept "
                + "a p99 of 75.7 ms in gateway-services (2,405 ms without its circuit breaker, failing 3.7 %) against "
                + "3,299 ms in the monolith");
        // committed run: 0 (0-4) failed rolling inventory-service against 401 (384-403)
        // restarting the monolith
        ClaimVerdict redeploy = claim(claims, "deploy without downtime");
        assertThat(redeploy.favours()).isEqualTo(Favours.MICROSERVICES);
        assertThat(redeploy.finding()).startsWith("rolling two inventory-service instances failed or answered wrong 0 "
                + "requests, restarting the monolith 401");
    }

    @Test
    void leavesOutAQuickRunOfAClaim() throws Exception {
        Path redeploy = Files.createDirectories(folder.resolve("redeploy"));
        Files.writeString(redeploy.resolve("results.json"), Files.readString(COMMITTED.resolve("redeploy/results.json"))
            .replace("\"quick\" : false", "\"quick\" : true"));

        assertThat(ClaimReports.read(folder)).isEmpty();
    }

    private static ClaimVerdict claim(List<ClaimVerdict> claims, String name) {
        return claims.stream().filter(claim -> claim.claim().equals(name)).findFirst().orElseThrow();
    }

}
