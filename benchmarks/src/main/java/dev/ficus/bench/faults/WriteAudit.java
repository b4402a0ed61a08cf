package dev.ficus.bench.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Acknowledged writes against what the databases hold after recovery: stored (the owner shows exactly what was
 * acknowledged), split (only another database shows it: the write landed in the wrong place), lost (nowhere), and
 * ids reused (two acknowledged creates of different records answered with the same id).
 *
 * @param acknowledged writes answered 2xx
 * @param stored       acknowledged writes the owner shows as acknowledged
 * @param lost         acknowledged writes no database shows
 * @param split        acknowledged writes only a database other than the owner's shows
 * @param idsReused    ids that two or more acknowledged creates of different records got, counted once per extra
 *                     create
 * @param examples     a few lost, split or reused writes, for the report
 */
public record WriteAudit(long acknowledged, long stored, long lost, long split, long idsReused,
		List<String> examples) {

	/** How many problems the report lists by name. */
	static final int EXAMPLES_MAX = 5;

	public static final WriteAudit EMPTY = new WriteAudit(0, 0, 0, 0, 0, List.of());

	public WriteAudit {
		examples = List.copyOf(examples);
	}

	/** Audits the writes with {@code readback} answering, per write, what the databases hold now. */
	public static WriteAudit of(List<AckedWrite> writes, Function<AckedWrite, Readback> readback) {
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
		long reused = idsReused(writes, examples);
		return new WriteAudit(writes.size(), stored, lost, split, reused, examples);
	}

	/** Acknowledged creates of the same kind with the same id but different content, one per extra create. */
	static long idsReused(List<AckedWrite> writes, List<String> examples) {
		Map<String, Set<String>> contentsById = new HashMap<>();
		for (AckedWrite write : writes) {
			if (write.creates()) {
				contentsById.computeIfAbsent(write.kind() + " " + write.id(), key -> new HashSet<>())
					.add(write.fingerprint());
			}
		}
		long reused = 0;
		for (Map.Entry<String, Set<String>> entry : contentsById.entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.toList()) {
			if (entry.getValue().size() > 1) {
				reused += entry.getValue().size() - 1;
				if (examples.size() < EXAMPLES_MAX) {
					examples.add("id reused: " + entry.getKey() + " was acknowledged for " + entry.getValue().size()
							+ " different records");
				}
			}
		}
		return reused;
	}

	private static void example(List<String> examples, String format, AckedWrite write, Readback found) {
		if (examples.size() < EXAMPLES_MAX) {
			examples.add(format.formatted(write.kind(), write.id(), write.fingerprint(),
					write.servedBy().isEmpty() ? "?" : write.servedBy(), found.owner().orElse("nothing")));
		}
	}
}
