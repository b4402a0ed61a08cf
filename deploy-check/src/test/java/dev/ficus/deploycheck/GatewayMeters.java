package dev.ficus.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Micrometer meters the strangler gateway registers, read from its sources
 * ({@code Timer.builder("...")}, {@code Counter.builder("...")} and the like), so a
 * dashboard cannot query a metric the gateway does not publish.
 *
 * @param names meter names as registered, e.g. {@code ficus.gateway.requests}
 */
record GatewayMeters(Set<String> names) {

    private static final Pattern BUILDER = Pattern
        .compile("(?:Timer|Counter|Gauge|DistributionSummary|LongTaskTimer)\\.builder\\(\\s*\"([^\"]+)\"");

    GatewayMeters {
        names = Set.copyOf(names);
    }

    /** The meters registered anywhere under {@code sources}. */
    static GatewayMeters read(Path sources) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = BUILDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new GatewayMeters(names);
    }

    /**
     * The meter a Prometheus series comes from:
     * {@code ficus_gateway_requests_seconds_bucket} → {@code ficus.gateway.requests},
     * {@code ficus_gateway_errors_total} → {@code ficus.gateway.errors}.
     */
    static String meterOf(String series) {
        String base = series.replaceFirst("_(seconds_(bucket|count|sum|max)|total)$", "");
        return base.replace('_', '.');
    }

}
