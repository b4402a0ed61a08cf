package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressUnitTests {

    private final StringWriter err = new StringWriter();

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(err, true), nanos::get);

    @Test
    void rewritesOneLineAtMostFiveTimesASecond() {
        progress.update("parsing", 1, 100);
        progress.update("parsing", 2, 100);
        nanos.addAndGet(250_000_000L);
        progress.update("parsing", 3, 100);

        assertThat(err.toString()).isEqualTo("\r\u001b[2Kparsing 1/100\r\u001b[2Kparsing 3/100");
    }

    @Test
    void showsEveryNewStageAndEndsAFinishedOneWithANewline() {
        progress.update("parsing", 100, 100);
        progress.update("clustering", 0, -1);

        assertThat(err.toString()).isEqualTo("\r\u001b[2Kparsing 100/100\n\r\u001b[2Kclustering 0");
    }

}
