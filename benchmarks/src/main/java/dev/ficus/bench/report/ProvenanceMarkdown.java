package dev.ficus.bench.report;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.samskivert.mustache.Template;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.provenance.Provenance.LoadAverage;
import dev.ficus.bench.provenance.Provenance.Machine;

/**
 * Renders a {@link Provenance} as the Markdown list every benchmark report carries, from
 * the {@code provenance.md} template; what an old run did not record is said to be
 * missing.
 */
public final class ProvenanceMarkdown {

    static final String NOT_RECORDED = "not recorded";

    private static final Template TEMPLATE = ReportTemplate.markdown("provenance.md");

    private ProvenanceMarkdown() {
    }

    /**
     * The list for {@code provenance}, or for a run that recorded none when it is
     * {@code null}.
     */
    public static String render(@Nullable Provenance provenance) {
        Provenance known = (provenance != null) ? provenance : new Provenance(null, null, null, null, null, null);
        List<String> missing = known.missing();
        return TEMPLATE.execute(new View(code(known.command()), commit(known), machine(known.machine()),
                load(known.loadBefore()), load(known.loadAfter()), verdict(known), !missing.isEmpty(), words(missing),
                missing.size() == 1 ? "was" : "were", missing.size() == 1 ? "it" : "they"));
    }

    record View(String command, String commit, String machine, String loadBefore, String loadAfter, String verdict,
            boolean hasMissing, String missing, String missingVerb, String missingPronoun) {
    }

    private static String code(@Nullable String text) {
        return (text == null) ? NOT_RECORDED : "`" + text.replace("`", "'") + "`";
    }

    private static String commit(Provenance provenance) {
        if (provenance.commit() == null) {
            return NOT_RECORDED;
        }
        return code(provenance.commit()) + (Boolean.TRUE.equals(provenance.uncommittedChanges())
                ? " with uncommitted changes to tracked files" : "");
    }

    static String machine(@Nullable Machine machine) {
        if (machine == null) {
            return NOT_RECORDED;
        }
        return "%s cores (%s), %s memory, %s, %s".formatted(known(machine.cores()), known(machine.cpuModel()),
                (machine.memoryBytes() == null) ? "unknown"
                        : String.format(Locale.ROOT, "%.1f GiB", machine.memoryBytes() / (double) (1L << 30)),
                known(machine.os()), known(machine.jvm()));
    }

    private static String known(@Nullable Object value) {
        return (value == null) ? "unknown" : value.toString();
    }

    private static String load(@Nullable LoadAverage load) {
        if (load == null) {
            return NOT_RECORDED;
        }
        return Stream.of(load.oneMinute(), load.fiveMinutes(), load.fifteenMinutes())
            .map(value -> (value == null) ? "–" : String.format(Locale.ROOT, "%.2f", value))
            .collect(Collectors.joining(" / "));
    }

    /**
     * Whether the machine had other work, in words, once a load and the cores are known;
     * else empty.
     */
    private static String verdict(Provenance provenance) {
        Machine machine = provenance.machine();
        if (machine == null || machine.cores() == null
                || (provenance.loadBefore() == null && provenance.loadAfter() == null)) {
            return "";
        }
        if (provenance.busy()) {
            return "above the " + machine.cores() + " cores before the run, so other work shared the machine and wall "
                    + "times are longer than this machine alone would give";
        }
        String before = provenance.loadBeforeKnown() ? "" : " (the load before was not recorded)";
        if (provenance.loadAboveCoresAfter()) {
            return (provenance.loadBeforeKnown()
                    ? "at most the " + machine.cores() + " cores before the run; above " + "them after"
                    : "above the " + machine.cores() + " cores after the run" + before)
                    + ", which the run's own processes alone can cause";
        }
        return "at most the " + machine.cores() + " cores" + before;
    }

    private static String words(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

}
