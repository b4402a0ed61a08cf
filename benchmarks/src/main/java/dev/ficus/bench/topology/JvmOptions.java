package dev.ficus.bench.topology;

import java.util.List;

/**
 * The JVM flags every process of every topology is started with, so topologies differ only in their shape.
 *
 * @param flags JVM options placed before the main class or jar
 */
public record JvmOptions(List<String> flags) {

	/**
	 * Fixed heap bounds and the serial collector: the collector the JVM itself picks for a process with one CPU,
	 * made explicit so that no process gets a different one by ergonomics.
	 */
	public static final JvmOptions DEFAULT = new JvmOptions(
			List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));

	public JvmOptions {
		flags = List.copyOf(flags);
	}
}
