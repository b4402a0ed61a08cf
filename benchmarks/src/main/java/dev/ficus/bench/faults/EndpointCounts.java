package dev.ficus.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Requests of one operation in a fault phase: how many were sent, succeeded, were stale,
 * and failed by outcome.
 *
 * @param endpoint operation name
 * @param write whether it changes data
 * @param sent requests sent
 * @param ok reads answered with the truth, writes acknowledged
 * @param stale reads answered 2xx with content that differs from the owner's truth
 * @param failed requests answered 4xx/5xx or not at all, by status code or error kind
 */
public record EndpointCounts(String endpoint, boolean write, long sent, long ok, long stale, Map<String, Long> failed) {

    public EndpointCounts {
        failed = new TreeMap<>(failed);
    }

    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One entry per endpoint, in name order. */
    public static List<EndpointCounts> of(List<RequestRecord> records) {
        return records.stream()
            .collect(Collectors.groupingBy(RequestRecord::endpoint, TreeMap::new, Collectors.toList()))
            .values()
            .stream()
            .map(EndpointCounts::count)
            .toList();
    }

    private static EndpointCounts count(List<RequestRecord> records) {
        RequestRecord first = records.get(0);
        Map<String, Long> failed = records.stream()
            .filter(record -> record.verdict() == RequestRecord.Verdict.FAILED)
            .collect(Collectors.groupingBy(RequestRecord::outcome, TreeMap::new, Collectors.counting()));
        return new EndpointCounts(first.endpoint(), first.write(), records.size(),
                count(records, RequestRecord.Verdict.OK), count(records, RequestRecord.Verdict.STALE), failed);
    }

    private static long count(List<RequestRecord> records, RequestRecord.Verdict verdict) {
        return records.stream().filter(record -> record.verdict() == verdict).count();
    }
}
