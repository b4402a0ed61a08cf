package dev.ficus.bench.faults;

import org.jspecify.annotations.Nullable;
import java.util.List;

import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.topology.AppJars;

/**
 * Everything {@code bench faults} measured, as written to {@code reliability.json} and
 * rendered to {@code reliability.md}.
 *
 * @param command the command line that made it
 * @param commit the checkout's git commit, with {@code -dirty} when it had uncommitted
 * changes
 * @param quick a harness check whose figures mean nothing
 * @param startedAt ISO-8601 start
 * @param finishedAt ISO-8601 end
 * @param machine CPU, cores, memory, OS, JVM
 * @param loadAverageBefore 1, 5 and 15 minute load averages before the run
 * @param loadAverageAfter the same after it
 * @param settings the load and timings of every phase
 * @param runs one per database
 * @param goals the goal figures of issue #15 against the worst measured value
 */
public record ReliabilityReport(String command, String commit, boolean quick, String startedAt, String finishedAt,
        MachineDescription machine, List<Double> loadAverageBefore, List<Double> loadAverageAfter, Settings settings,
        List<DatabaseRun> runs, List<Goal> goals) {

    public ReliabilityReport {
        loadAverageBefore = List.copyOf(loadAverageBefore);
        loadAverageAfter = List.copyOf(loadAverageAfter);
        runs = List.copyOf(runs);
        goals = List.copyOf(goals);
    }

    /**
     * How each phase ran.
     *
     * @param ratePerSecond open-model rate through the gateway
     * @param beforeKillMillis load before the kill
     * @param downtimeMillis kill to launching the process again
     * @param afterRecoveryMillis load kept up after the first success through the gateway
     * @param maxPhaseMillis bound on one phase's load
     * @param maxRequestsPerPhase bound on one phase's requests
     * @param products products each process seeded
     * @param badInputTimeoutMillis how long a bad input could go unanswered
     */
    public record Settings(double ratePerSecond, long beforeKillMillis, long downtimeMillis, long afterRecoveryMillis,
            long maxPhaseMillis, long maxRequestsPerPhase, int products, long badInputTimeoutMillis, long warmUpMillis,
            int relaunchNiceness) {

        public static Settings of(FaultPlan plan) {
            return new Settings(plan.rate(), plan.beforeKill().toMillis(), plan.downtime().toMillis(),
                    plan.afterRecovery().toMillis(), plan.maxPhase().toMillis(), plan.maxRequests(),
                    plan.productCount(), plan.badInputTimeout().toMillis(), plan.warmUp().toMillis(),
                    plan.relaunchNiceness());
        }
    }

    /**
     * The faults and bad inputs on one database.
     *
     * @param database {@code embedded} or {@code postgres}
     * @param serviceInstances instances of catalog-service and of inventory-service in
     * the run's shape (a service's fault kills one of them)
     * @param monolithInstances instances of the monolith in the run's shape (with
     * several, its fault kills one of them); 1 in reports from before the monolith had
     * several
     * @param failure why the run stopped early, empty when it did not
     * @param faults one per killed process
     * @param badInputs the bad inputs, null when they were not reached
     */
    public record DatabaseRun(String database, int serviceInstances, int monolithInstances, String failure,
            List<FaultResult> faults, @Nullable BadInputResult badInputs) {

        public DatabaseRun {
            faults = List.copyOf(faults);
            monolithInstances = Math.max(1, monolithInstances);
        }

        /**
         * The run's shape in words, e.g. {@code postgres, 2 instances of each service} or
         * {@code postgres, 2 instances of each service and of the monolith}.
         */
        public String shape() {
            String services = database + ", " + serviceInstances + " instance" + ((serviceInstances == 1) ? "" : "s")
                    + " of each service";
            return (monolithInstances > 1) ? services + " and of the monolith" : services;
        }

        /**
         * What a fault killed, in words: the process, and for an application with several
         * instances that it was one of them.
         */
        public String killed(FaultResult fault) {
            return coveredByOtherInstances(fault)
                    ? fault.process() + " (one of " + inWords(instancesOf(fault)) + " instances killed)"
                    : fault.process();
        }

        /** Whether other instances kept serving while the fault's process was down. */
        public boolean coveredByOtherInstances(FaultResult fault) {
            return instancesOf(fault) > 1;
        }

        private int instancesOf(FaultResult fault) {
            return fault.process().equals(AppJars.MONOLITH) ? monolithInstances : serviceInstances;
        }

        private static String inWords(int count) {
            return switch (count) {
                case 2 -> "two";
                case 3 -> "three";
                default -> String.valueOf(count);
            };
        }
    }

    /**
     * One goal figure.
     *
     * @param name what is measured
     * @param target the goal, in words
     * @param measured the worst value over every run and fault, null when nothing was
     * measured
     * @param met whether the goal holds (never when nothing was measured)
     */
    public record Goal(String name, String target, @Nullable Double measured, boolean met) {

        /**
         * The goals of issue #15 against the worst value of every run; unmet when a run
         * measured nothing.
         */
        public static List<Goal> of(List<DatabaseRun> runs) {
            List<FaultResult> faults = runs.stream().flatMap(run -> run.faults().stream()).toList();
            boolean measuredFaults = !faults.isEmpty();
            double worstReads = faults.stream()
                .mapToDouble(fault -> fault.servedReads().failedPerThousand())
                .max()
                .orElse(0);
            long stale = faults.stream().mapToLong(fault -> fault.reads().stale()).sum();
            long lostOrSplit = faults.stream().mapToLong(fault -> fault.audit().lost() + fault.audit().split()).sum();
            long reused = faults.stream().mapToLong(fault -> fault.audit().idsReused()).sum();
            List<BadInputResult> badInputs = runs.stream()
                .map(DatabaseRun::badInputs)
                .filter(java.util.Objects::nonNull)
                .toList();
            long down = badInputs.stream().mapToLong(BadInputResult::processesDown).sum();
            return List.of(
                    goal("failed reads per 1,000 of capabilities an owner kept serving (worst fault, stale reads "
                            + "included)", "<= 1", measuredFaults, worstReads, worstReads <= 1),
                    goal("stale reads (any capability, also one whose only owner was down)", "0", measuredFaults, stale,
                            stale == 0),
                    goal("acknowledged writes lost or split", "0", measuredFaults, lostOrSplit, lostOrSplit == 0),
                    goal("ids reused by acknowledged creates", "0", measuredFaults, reused, reused == 0),
                    goal("processes down from one request", "0", !badInputs.isEmpty(), down, down == 0));
        }

        private static Goal goal(String name, String target, boolean measured, double value, boolean holds) {
            return measured ? new Goal(name, target, value, holds) : new Goal(name, target, null, false);
        }
    }
}
