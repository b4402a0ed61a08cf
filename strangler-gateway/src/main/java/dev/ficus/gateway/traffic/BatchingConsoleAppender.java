package dev.ficus.gateway.traffic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import org.jspecify.annotations.Nullable;

/**
 * Writes log lines to standard output from one worker thread, every line waiting at that
 * moment in one write and one flush, at most one write per 10 ms. The access log went
 * through logback's {@code AsyncAppender} to a console appender, which wrote and flushed
 * stdout once per line: about a tenth of a proxied request's CPU.
 * <p>
 * The logging thread only encodes its line and queues it. Nothing is dropped: when the
 * queue is full the logging thread waits, and {@link #stop()} (logback's shutdown) writes
 * every queued line before it returns, waiting at most {@code maxFlushTime} milliseconds.
 */
public class BatchingConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    /** At most this many lines in one write, about 128 kB of access log. */
    private static final int MAX_LINES_PER_WRITE = 512;

    /**
     * The pause after each write, while the next lines gather: a worker woken for every
     * line wrote one line at a time under load, and each logging thread paid a wake-up.
     */
    private static final long PAUSE_AFTER_WRITE_MILLIS = 10;

    private @Nullable Encoder<ILoggingEvent> encoder;

    private int queueSize = 8192;

    private int maxFlushTime = 10_000;

    private volatile @Nullable Writer writer;

    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public void setMaxFlushTime(int maxFlushTime) {
        this.maxFlushTime = maxFlushTime;
    }

    @Override
    public void start() {
        Encoder<ILoggingEvent> lines = encoder;
        if (lines == null) {
            addError("No encoder set for the appender named [" + name + "]");
            return;
        }
        if (queueSize < 1) {
            addError("queueSize of the appender named [" + name + "] must be at least 1, not " + queueSize);
            return;
        }
        Writer started = new Writer(lines, new ArrayBlockingQueue<>(queueSize));
        writer = started;
        started.thread.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        Writer running = writer;
        if (running != null) {
            running.queue(running.encoder.encode(event));
        }
    }

    @Override
    public void stop() {
        Writer running = writer;
        if (!isStarted() || running == null) {
            return;
        }
        super.stop();
        writer = null;
        running.thread.interrupt();
        try {
            running.thread.join(maxFlushTime);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        if (running.thread.isAlive()) {
            addWarn("Stopped waiting after " + maxFlushTime + " ms; " + running.lines.size()
                    + " queued lines were not written");
        }
    }

    /** The worker thread and the lines it has yet to write. */
    private final class Writer {

        private final Encoder<ILoggingEvent> encoder;

        private final BlockingQueue<byte[]> lines;

        private final Thread thread;

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);

        Writer(Encoder<ILoggingEvent> encoder, BlockingQueue<byte[]> lines) {
            this.encoder = encoder;
            this.lines = lines;
            this.thread = new Thread(this::run, "ficus-" + name);
            this.thread.setDaemon(true);
        }

        /** Waits for room rather than dropping the line. */
        void queue(byte[] line) {
            boolean interrupted = false;
            while (true) {
                try {
                    lines.put(line);
                    break;
                }
                catch (InterruptedException ex) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Until interrupted by {@link #stop()}, then once more for what is left. */
        private void run() {
            List<byte[]> batch = new ArrayList<>(MAX_LINES_PER_WRITE);
            try {
                while (true) {
                    batch.add(lines.take());
                    lines.drainTo(batch, MAX_LINES_PER_WRITE - 1);
                    write(batch);
                    Thread.sleep(PAUSE_AFTER_WRITE_MILLIS);
                }
            }
            catch (InterruptedException stopping) {
                while (lines.drainTo(batch, MAX_LINES_PER_WRITE) > 0) {
                    write(batch);
                }
            }
        }

        private void write(List<byte[]> batch) {
            buffer.reset();
            batch.forEach(buffer::writeBytes);
            batch.clear();
            try {
                // System.out as it is now: Spring Boot's output capture replaces it in
                // tests
                buffer.writeTo(System.out);
                System.out.flush();
            }
            catch (IOException ex) {
                addError("Could not write to standard output", ex);
            }
        }

    }

}
