package dev.ficus.analyzer.plan;

import dev.ficus.plan.ExtractionScore;
import java.util.List;
import java.util.SortedSet;

/**
 * What was measured about a candidate to decide when to extract it.
 *
 * @param incomingCalls static call sites from other candidates into it
 * @param outgoingCalls static call sites from it into other candidates
 * @param sharedTables its tables also read or written by code of other candidates, sorted
 * @param cycleWith other candidates it is in a call cycle with, sorted
 * @param entryPoints entry points it owns
 * @param loc lines of code of its types
 * @param capability whether it serves anything of its own: an entry point other than
 * {@code main} or a servlet filter, a table, or calls from other candidates; a candidate
 * that does not (bootstrap, configuration) is ranked last
 * @param applications simple names of its own application classes (a {@code main} entry
 * point), sorted: it starts as a process of its own already
 */
record ExtractionFacts(int incomingCalls, int outgoingCalls, SortedSet<String> sharedTables,
        SortedSet<String> cycleWith, int entryPoints, int loc, boolean capability, List<String> applications) {

    /**
     * Points per unit of each fact; negative facts make a candidate harder to extract.
     */
    static final double INCOMING_CALL_WEIGHT = -2.0;
    static final double OUTGOING_CALL_WEIGHT = -1.0;
    static final double SHARED_TABLE_WEIGHT = -10.0;
    static final double CYCLE_PARTNER_WEIGHT = -20.0;
    static final double ENTRY_POINT_WEIGHT = 2.0;
    static final double LOC_WEIGHT = -0.01;

    ExtractionScore score() {
        return ExtractionScore
            .of(List.of(ExtractionScore.Term.of("incoming synchronous calls", incomingCalls, INCOMING_CALL_WEIGHT),
                    ExtractionScore.Term.of("outgoing synchronous calls", outgoingCalls, OUTGOING_CALL_WEIGHT),
                    ExtractionScore.Term.of("shared tables", sharedTables.size(), SHARED_TABLE_WEIGHT),
                    ExtractionScore.Term.of("candidates in a call cycle with it", cycleWith.size(),
                            CYCLE_PARTNER_WEIGHT),
                    ExtractionScore.Term.of("entry points it owns", entryPoints, ENTRY_POINT_WEIGHT),
                    ExtractionScore.Term.of("lines of code", loc, LOC_WEIGHT)));
    }
}
