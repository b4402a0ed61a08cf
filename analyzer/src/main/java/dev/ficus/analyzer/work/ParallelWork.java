package dev.ficus.analyzer.work;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Maps a list on a small pool of its own (not the common pool, so a caller's other
 * parallel work is not starved), keeping input order so results are deterministic, and
 * reports progress as items finish.
 */
public final class ParallelWork {

    /**
     * Threads for parsing and resolving: one file per thread, so more threads than cores
     * only add memory.
     */
    public static final int THREADS_DEFAULT = Math.min(2, Runtime.getRuntime().availableProcessors());

    private static final int PROGRESS_EVERY = 100;

    private ParallelWork() {
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> work, String stage, Progress progress) {
        AtomicLong done = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(THREADS_DEFAULT);
        progress.update(stage, 0, items.size());
        try {
            return pool.submit(() -> items.parallelStream().map(item -> {
                R result = work.apply(item);
                long count = done.incrementAndGet();
                if (count % PROGRESS_EVERY == 0) {
                    synchronized (progress) {
                        progress.update(stage, count, items.size());
                    }
                }
                return result;
            }).toList()).get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + stage, e);
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(stage + " failed", e.getCause());
        }
        finally {
            pool.shutdown();
            progress.update(stage, items.size(), items.size());
        }
    }

}
