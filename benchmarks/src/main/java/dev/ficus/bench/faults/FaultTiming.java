package dev.ficus.bench.faults;

import org.jspecify.annotations.Nullable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * When a fault showed and when it ended, seen from the client, in milliseconds (null when
 * it never happened).
 *
 * @param firstFailureMillis from the kill to the first request of any kind that failed
 * (answered after the kill)
 * @param fallbackMillis from the kill to the first answer of the killed capability served
 * by the fallback (the gateway's {@code X-Ficus-Served-By: monolith} in place of the
 * service)
 * @param restartToReadyMillis from launching the process again to its readiness probe
 * answering 200
 * @param recoveryMillis from launching the process again to the first 2xx of its
 * capability served by it (sent after the launch; a stale answer counts here, it is
 * counted as stale apart)
 * @param outageMillis from the kill to that first success
 */
public record FaultTiming(@Nullable Long firstFailureMillis, @Nullable Long fallbackMillis,
        @Nullable Long restartToReadyMillis, @Nullable Long recoveryMillis, @Nullable Long outageMillis) {

    /**
     * Reads the timings off the records of one phase.
     * @param capabilities the capabilities the killed process serves
     * @param ownerSide what {@code X-Ficus-Served-By} says for an answer of the killed
     * process
     * @param fallbackSide what it says for an answer of its fallback, or empty when it
     * has none
     */
    public static FaultTiming of(List<RequestRecord> records, long killNanos, long restartNanos,
            @Nullable Long restartToReady, Set<String> capabilities, String ownerSide, Optional<String> fallbackSide) {
        Long firstFailure = first(records, killNanos, record -> record.doneNanos() >= killNanos
                && record.verdict() != RequestRecord.Verdict.OK && !isClientRefusal(record));
        Long fallback = fallbackSide
            .map(side -> first(records, killNanos,
                    record -> record.doneNanos() >= killNanos && capabilities.contains(record.capability())
                            && side.equals(record.servedBy()) && record.status() / 100 == 2))
            .orElse(null);
        Long recovery = first(records, restartNanos,
                record -> record.sentNanos() >= restartNanos && capabilities.contains(record.capability())
                        && ownerSide.equals(record.servedBy()) && record.status() / 100 == 2);
        Long outage = (recovery == null) ? null : recovery + millis(restartNanos - killNanos);
        return new FaultTiming(firstFailure, fallback, restartToReady, recovery, outage);
    }

    /**
     * These timings without recovery, for a kill that other instances covered: an answer
     * of the capability after the relaunch does not say which instance gave it, so it
     * does not time the relaunched one.
     */
    public FaultTiming withoutRecovery() {
        return new FaultTiming(firstFailureMillis, fallbackMillis, restartToReadyMillis, null, null);
    }

    /** A 409 for an order is the shop saying no, not a failure the fault caused. */
    private static boolean isClientRefusal(RequestRecord record) {
        return record.write() && record.status() == 409;
    }

    private static @Nullable Long first(List<RequestRecord> records, long fromNanos, Predicate<RequestRecord> matches) {
        return records.stream()
            .filter(matches)
            .map(RequestRecord::doneNanos)
            .min(Comparator.naturalOrder())
            .map(done -> millis(done - fromNanos))
            .orElse(null);
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
