package dev.ficus.bench.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags every process of every topology is started with, so topologies differ
 * only in their shape.
 *
 * @param flags JVM options placed before the main class or jar
 * @param startupArchive whether Spring Boot jars start from their extracted layout with a
 * class-data-sharing archive ({@code dev.ficus.startup.StartupArchive})
 */
public record JvmOptions(List<String> flags, StartupArchiveUse startupArchive) {

    /**
     * A fixed heap (initial size = maximum, as servers are run) and the serial collector:
     * the collector the JVM itself picks for a process with one CPU, made explicit so
     * that no process gets a different one by ergonomics. With a heap that starts at 64
     * MiB the serial collector grows its old generation only by full collections: in the
     * run of 2026-12-05 the monolith behind the gateway made 8 in its first 4 minutes,
     * the later 0.4 s each on the CPU it shares with the other processes under test, and
     * one such pause in a 10 s sweep point broke the p99 SLO anywhere from 75 to 200
     * req/s, so the sustainable rate measured where the pauses fell, not the CPU. With
     * the heap fixed, the monolith's only full collections were the 4 of its start-up.
     */
    public static final JvmOptions DEFAULT = new JvmOptions(
            List.of("-Xms384m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));

    /**
     * For {@code --quick}, which measures nothing: C1-only compilation, which halves
     * start-up CPU of a Spring Boot process at the cost of peak speed, a
     * class-data-sharing archive, which halves what is left, and a heap that starts at 64
     * MiB, which keeps the memory of four processes on a user's laptop down at the cost
     * of the pauses above.
     */
    public static final JvmOptions QUICK = new JvmOptions(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1"))
        .with(StartupArchiveUse.MADE_AT_SECOND_START);

    /**
     * For the demo, which a user waits for once: as {@link #QUICK}, but an archive is
     * only used when an earlier run made it (training one costs about a start, which a
     * single run would not win back).
     */
    public static final JvmOptions DEMO = QUICK.with(StartupArchiveUse.IF_MADE);

    public JvmOptions {
        flags = List.copyOf(flags);
    }

    public JvmOptions(List<String> flags) {
        this(flags, StartupArchiveUse.NONE);
    }

    public JvmOptions plus(String flag) {
        List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return new JvmOptions(more, startupArchive);
    }

    public JvmOptions with(StartupArchiveUse use) {
        return new JvmOptions(flags, use);
    }

    /** Whether and when a jar starts with a class-data-sharing archive. */
    public enum StartupArchiveUse {

        /** Started as users start it: {@code -jar JAR}. */
        NONE,

        /** With an archive made at the jar's second start and reused afterwards. */
        MADE_AT_SECOND_START,

        /** With an archive only when one was made already; never makes one. */
        IF_MADE

    }

}
