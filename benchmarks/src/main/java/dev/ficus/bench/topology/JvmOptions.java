package dev.ficus.bench.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags every process of every topology is started with, so topologies differ
 * only in their shape.
 *
 * @param flags JVM options placed before the main class or jar
 * @param startupArchive Spring Boot jars start from their extracted layout with a
 * class-data-sharing archive ({@code dev.ficus.startup.StartupArchive})
 */
public record JvmOptions(List<String> flags, boolean startupArchive) {

    /**
     * Fixed heap bounds and the serial collector: the collector the JVM itself picks for
     * a process with one CPU, made explicit so that no process gets a different one by
     * ergonomics.
     */
    public static final JvmOptions DEFAULT = new JvmOptions(
            List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));

    /**
     * For {@code --quick}, which measures nothing: the same plus C1-only compilation,
     * which halves start-up CPU of a Spring Boot process at the cost of peak speed, and a
     * class-data-sharing archive, which halves what is left.
     */
    public static final JvmOptions QUICK = DEFAULT.plus("-XX:TieredStopAtLevel=1").withStartupArchive();

    public JvmOptions {
        flags = List.copyOf(flags);
    }

    public JvmOptions(List<String> flags) {
        this(flags, false);
    }

    public JvmOptions plus(String flag) {
        List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return new JvmOptions(more, startupArchive);
    }

    public JvmOptions withStartupArchive() {
        return new JvmOptions(flags, true);
    }
}
