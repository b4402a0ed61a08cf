package dev.ficus.bench.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Acknowledged writes against what the databases hold after recovery: stored (the owner
 * shows exactly what was acknowledged), split (only another database shows it: the write
 * landed in the wrong place), lost (nowhere), and ids reused (two acknowledged creates of
 * different records answered with the same id).
 *
 * @param acknowledged writes answered 2xx
 * @param stored acknowledged writes the owner shows as acknowledged
 * @param lost acknowledged writes no database shows
 * @param split acknowledged writes only a database other than the owner's shows
 * @param idsReused acknowledged creates that got an id already acknowledged for a
 * different record (in this phase or an earlier one of the run)
 * @param examples a few lost, split or reused writes, for the report
 */
public record WriteAudit(long acknowledged, long stored, long lost, long split, long idsReused, List<String> examples) {

    /** How many problems the report lists by name. */
    static final int EXAMPLES_MAX = 5;

    public static final WriteAudit EMPTY = new WriteAudit(0, 0, 0, 0, 0, List.of());

    public WriteAudit {
        examples = List.copyOf(examples);
    }

    /**
     * Audits the writes with {@code readback} answering, per write, what the databases
     * hold now.
     */
    public static WriteAudit of(List<AckedWrite> writes, Function<AckedWrite, Readback> readback) {
        return of(writes, List.of(), readback);
    }

    /**
     * Audits the writes; an id counts as reused also when a create acknowledged
     * {@code earlier} (in an earlier phase of the run, say before a restart that lost it)
     * got it for another record.
     */
    public static WriteAudit of(List<AckedWrite> writes, List<AckedWrite> earlier,
            Function<AckedWrite, Readback> readback) {
        long stored = 0;
        long lost = 0;
        long split = 0;
        List<String> examples = new ArrayList<>();
        for (AckedWrite write : writes) {
            Readback found = readback.apply(write);
            if (found.owner().filter(write.fingerprint()::equals).isPresent()) {
                stored++;
            }
            else if (found.other().filter(write.fingerprint()::equals).isPresent()) {
                split++;
                example(examples, "split: %s %d acknowledged as [%s] (served by %s), owner shows %s, another database "
                        + "has it", write, found);
            }
            else {
                lost++;
                example(examples, "lost: %s %d acknowledged as [%s] (served by %s), owner shows %s", write, found);
            }
        }
        long reused = idsReused(earlier, writes, examples);
        return new WriteAudit(writes.size(), stored, lost, split, reused, examples);
    }

    /**
     * Creates in {@code writes} that got an id some earlier create (in {@code earlier} or
     * before it in {@code writes}) of the same kind got for a different record.
     */
    static long idsReused(List<AckedWrite> earlier, List<AckedWrite> writes, List<String> examples) {
        Map<String, Set<String>> contentsById = new HashMap<>();
        earlier.stream()
            .filter(AckedWrite::creates)
            .forEach(write -> contentsOf(contentsById, write).add(write.fingerprint()));
        long reused = 0;
        for (AckedWrite write : writes) {
            if (!write.creates()) {
                continue;
            }
            Set<String> contents = contentsOf(contentsById, write);
            if (!contents.isEmpty() && contents.add(write.fingerprint())) {
                reused++;
                if (examples.size() < EXAMPLES_MAX) {
                    examples.add("id reused: %s %d acknowledged for [%s], earlier for another record"
                        .formatted(write.kind(), write.id(), write.fingerprint()));
                }
            }
            contents.add(write.fingerprint());
        }
        return reused;
    }

    private static Set<String> contentsOf(Map<String, Set<String>> contentsById, AckedWrite write) {
        return contentsById.computeIfAbsent(write.kind() + " " + write.id(), key -> new HashSet<>());
    }

    private static void example(List<String> examples, String format, AckedWrite write, Readback found) {
        if (examples.size() < EXAMPLES_MAX) {
            examples.add(format.formatted(write.kind(), write.id(), write.fingerprint(),
                    write.servedBy().isEmpty() ? "?" : write.servedBy(), found.owner().orElse("nothing")));
        }
    }
}
