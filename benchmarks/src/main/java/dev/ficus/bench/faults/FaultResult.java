package dev.ficus.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of one fault: what the clients saw through the gateway and what the
 * databases held afterwards.
 *
 * @param process the process that was killed and started again
 * @param sent requests sent during the phase
 * @param unanswered requests neither answered nor failed when the load ended
 * @param reads reads and how they ended
 * @param servedReads the reads of capabilities that kept an owner serving them: all reads
 * when other instances served the killed one's capabilities, else the reads of the other
 * capabilities (the killed process's own are refused until it is back, as nothing else
 * may answer for data it owns)
 * @param writes writes and how they ended
 * @param endpoints the same per operation
 * @param timing time to first failure, to fallback, to ready, to recovery
 * @param audit acknowledged writes against what the databases hold after recovery
 * @param failure why the phase could not run to its end, empty when it did
 */
public record FaultResult(String process, long sent, long unanswered, Reads reads, Reads servedReads, Writes writes,
        List<EndpointCounts> endpoints, FaultTiming timing, WriteAudit audit, String failure) {

    public FaultResult {
        endpoints = List.copyOf(endpoints);
    }

    /**
     * The figures of a phase from its records.
     * @param unserved the capabilities that had no owner serving them while the killed
     * process was down (none when other instances served them)
     */
    public static FaultResult of(String process, Set<String> unserved, long unanswered, List<RequestRecord> records,
            FaultTiming timing, WriteAudit audit, String failure) {
        List<RequestRecord> reads = records.stream().filter(record -> !record.write()).toList();
        List<RequestRecord> served = reads.stream().filter(record -> !unserved.contains(record.capability())).toList();
        List<RequestRecord> writes = records.stream().filter(RequestRecord::write).toList();
        return new FaultResult(process, records.size() + unanswered, unanswered, Reads.of(reads), Reads.of(served),
                Writes.of(writes), EndpointCounts.of(records), timing, audit, failure);
    }

    /**
     * Reads of a phase.
     *
     * @param sent reads sent (and answered or failed)
     * @param ok answered 2xx with the owner's truth
     * @param stale answered 2xx with content that differs from the owner's truth
     * @param failed answered 4xx/5xx or not at all
     * @param failedByStatus those by status code or error kind
     * @param failedPerThousand (failed + stale) per 1,000 reads
     */
    public record Reads(long sent, long ok, long stale, long failed, Map<String, Long> failedByStatus,
            double failedPerThousand) {

        public Reads {
            failedByStatus = new TreeMap<>(failedByStatus);
        }

        static Reads of(List<RequestRecord> reads) {
            long ok = count(reads, RequestRecord.Verdict.OK);
            long stale = count(reads, RequestRecord.Verdict.STALE);
            long failed = count(reads, RequestRecord.Verdict.FAILED);
            double perThousand = reads.isEmpty() ? 0 : (failed + stale) * 1000.0 / reads.size();
            return new Reads(reads.size(), ok, stale, failed, byOutcome(reads), perThousand);
        }
    }

    /**
     * Writes of a phase.
     *
     * @param sent writes sent (and answered or failed)
     * @param acknowledged answered 2xx
     * @param failed answered 4xx/5xx or not at all
     * @param failedByStatus those by status code or error kind
     */
    public record Writes(long sent, long acknowledged, long failed, Map<String, Long> failedByStatus) {

        public Writes {
            failedByStatus = new TreeMap<>(failedByStatus);
        }

        static Writes of(List<RequestRecord> writes) {
            return new Writes(writes.size(), count(writes, RequestRecord.Verdict.OK),
                    count(writes, RequestRecord.Verdict.FAILED), byOutcome(writes));
        }
    }

    private static long count(List<RequestRecord> records, RequestRecord.Verdict verdict) {
        return records.stream().filter(record -> record.verdict() == verdict).count();
    }

    private static Map<String, Long> byOutcome(List<RequestRecord> records) {
        return records.stream()
            .filter(record -> record.verdict() == RequestRecord.Verdict.FAILED)
            .collect(Collectors.groupingBy(RequestRecord::outcome, TreeMap::new, Collectors.counting()));
    }
}
