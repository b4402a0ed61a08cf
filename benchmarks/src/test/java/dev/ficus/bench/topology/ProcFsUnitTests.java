package dev.ficus.bench.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcFsUnitTests {

    @Test
    void readsUserPlusSystemTicksAfterCommandNameWithSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 1000 0 0";

        assertThat(ProcFs.cpuSeconds(stat)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void readsTheCpuTimeOfTheChildrenWaitedForAfterTheirOwn() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 700 120 20 0 30 0 1000 0 0";

        assertThat(ProcFs.childrenCpuSeconds(stat)).isCloseTo(8.2, within(1e-9));
    }

    @Test
    void readsKilobyteFieldsOfStatus() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000 kB", "VmHWM:\t  204800 kB", "VmRSS:\t  102400 kB");

        assertThat(ProcFs.kilobytes(status, "VmHWM:")).isEqualTo(204800);
        assertThat(ProcFs.kilobytes(status, "VmRSS:")).isEqualTo(102400);
        assertThat(ProcFs.kilobytes(status, "VmSwap:")).isZero();
    }

    @Test
    void readsOwnProcess() {
        ProcessUsage usage = new ProcFs().usage(ProcessHandle.current().pid()).orElseThrow();

        assertThat(usage.cpuSeconds()).isGreaterThan(0);
        assertThat(usage.peakRssBytes()).isGreaterThanOrEqualTo(usage.rssBytes()).isGreaterThan(1L << 20);
    }

    @Test
    void addsUpTheCpuTimeOfTheJitCompilerThreadsOnly(@TempDir Path tasks) throws IOException {
        task(tasks, "101", "101 (C2 CompilerThre) S 1 100 100 0 -1 0 0 0 0 0 300 20 0 0");
        task(tasks, "102", "102 (C1 CompilerThre) S 1 100 100 0 -1 0 0 0 0 0 70 10 0 0");
        task(tasks, "103", "103 (http-nio-8080-e) S 1 100 100 0 -1 0 0 0 0 0 900 90 0 0");
        task(tasks, "104", "104 (C2 CompilerThre) S 1 100 100 0 -1 0 0 0 0 0 nope");
        Files.delete(tasks.resolve("104").resolve("stat"));

        assertThat(ProcFs.jitCpuSeconds(tasks)).as("3.2 s of C2, 0.8 s of C1, a thread gone")
            .isCloseTo(4.0, within(1e-9));
    }

    @Test
    void readsTheJitCompilersOfThisJvm() {
        ProcessUsage usage = new ProcFs().usage(ProcessHandle.current().pid()).orElseThrow();

        assertThat(usage.jitCpuSeconds()).as("this test JVM has compiled something")
            .isGreaterThan(0)
            .isLessThan(usage.cpuSeconds());
    }

    private static void task(Path tasks, String id, String stat) throws IOException {
        Files.writeString(Files.createDirectories(tasks.resolve(id)).resolve("stat"), stat);
    }

    @Test
    void reportsNothingForProcessThatIsGone() {
        assertThat(new ProcFs().usage(Long.MAX_VALUE)).isEmpty();
    }

}
