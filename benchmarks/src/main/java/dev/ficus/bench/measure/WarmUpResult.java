package dev.ficus.bench.measure;

import java.util.List;

/**
 * How one repeat's warm-up went: every window, and whether the CPU per request had
 * settled when it ended.
 *
 * @param millis wall time of the warm-up
 * @param windows the windows in order
 * @param settled whether the plan's settling rule held at the end; {@code false} means it
 * ran out of time
 */
public record WarmUpResult(long millis, List<WarmUpWindow> windows, boolean settled) {

    public WarmUpResult {
        windows = List.copyOf(windows);
    }

    public long requests() {
        return windows.stream().mapToLong(WarmUpWindow::sent).sum();
    }

    /** CPU per request of the last window, the cost the measurement starts from. */
    public double finalCpuSecondsPerRequest() {
        return windows.isEmpty() ? Double.NaN : windows.get(windows.size() - 1).cpuSecondsPerRequest();
    }
}
