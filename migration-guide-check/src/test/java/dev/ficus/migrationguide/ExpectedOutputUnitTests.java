package dev.ficus.migrationguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectedOutputUnitTests {

    private static final ExpectedOutput ROUTES = new ExpectedOutput(12,
            List.of("CAPABILITY     MODE      WEIGHT  SERVICE",
                    "notifications  SERVICE     100%  http://localhost:<port>",
                    "compared <n>, differing 0, checksum <hex>, at <time>"));

    @Test
    void matchesWhatVariesWithPlaceholdersAndColumnsOfAnyWidth() {
        String printed = """
                CAPABILITY     MODE      WEIGHT  SERVICE
                notifications  SERVICE     100%     http://localhost:41234\r
                compared 97, differing 0, checksum c568342d42160fe1, at 2026-12-03T06:56:40.824738014Z

                """;

        assertThat(ROUTES.mismatchIn(printed)).isEmpty();
    }

    @Test
    void namesTheFirstLineThatDiffers() {
        String printed = """
                CAPABILITY     MODE      WEIGHT  SERVICE
                notifications  CANARY       5%  http://localhost:41234
                compared 97, differing 0, checksum c568342d42160fe1, at 2026-12-03T06:56:40Z
                """;

        assertThat(ROUTES.mismatchIn(printed)).hasValue(
                "line 2 differs: expected `notifications SERVICE 100% http://localhost:<port>` but printed `notifications CANARY 5% http://localhost:41234`");
    }

    @Test
    void aPlaceholderMatchesOnlyItsKindOfValue() {
        String printed = """
                CAPABILITY     MODE      WEIGHT  SERVICE
                notifications  SERVICE     100%  http://localhost:41234
                compared many, differing 0, checksum c568342d42160fe1, at 2026-12-03T06:56:40Z
                """;

        assertThat(ROUTES.mismatchIn(printed)).hasValueSatisfying(
                message -> assertThat(message).startsWith("line 3 differs: expected `compared <n>, differing 0"));
    }

    @Test
    void refusesMissingAndExtraLines() {
        assertThat(ROUTES.mismatchIn("CAPABILITY MODE WEIGHT SERVICE\n"))
            .hasValue("expected line 2 `notifications SERVICE 100% http://localhost:<port>` was never printed");
        assertThat(new ExpectedOutput(1, List.of("ready: 8080")).mismatchIn("ready: 8080\nready: 8101\n"))
            .hasValue("printed more than expected, from `ready: 8101` on");
    }

    @Test
    void threeDotsStandForAnyNumberOfPrintedLines() {
        ExpectedOutput excerpt = new ExpectedOutput(1,
                List.of("HTTP/1.1 200 OK", "...", "X-Ficus-Served-By: service", "..."));

        assertThat(excerpt.mismatchIn("HTTP/1.1 200 OK\r\nX-Ficus-Served-By: service\r\nDate: today\r\n\r\n[]"))
            .isEmpty();
        assertThat(excerpt.mismatchIn("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Ficus-Served-By: service\r\n"))
            .isEmpty();
        assertThat(excerpt.mismatchIn("HTTP/1.1 200 OK\r\nX-Ficus-Served-By: monolith\r\n"))
            .hasValue("expected line 3 `X-Ficus-Served-By: service` was never printed");
    }

    @Test
    void movesPortsLikeTheScripts() {
        ExpectedOutput ready = new ExpectedOutput(1, List.of("ready: 8080", "ready: 80800"));

        assertThat(ready.withPorts(Map.of(8080, 41234)).lines()).containsExactly("ready: 41234", "ready: 80800");
    }

}
