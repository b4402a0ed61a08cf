package dev.ficus.gateway.traffic;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static dev.ficus.gateway.GatewayFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log's appender writes every line, whole, from any number of threads: once
 * its queue drains, and when logging stops, even while callers wait for a full queue.
 */
@ExtendWith(OutputCaptureExtension.class)
class BatchingConsoleAppenderUnitTests {

    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void writesEveryLineOfManyThreadsWithoutBeingStopped(CapturedOutput output) throws InterruptedException {
        Logger logger = loggerWritingTo(started(8192));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread logging = new Thread(
                    () -> IntStream.range(0, 500).forEach(i -> logger.info("many-" + thread + "-" + i)));
            logging.start();
            threads.add(logging);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        await(Duration.ofSeconds(10), "all 2000 lines are written", () -> lines(output, "many-").size() == 2000);
        assertThat(lines(output, "many-")).doesNotHaveDuplicates()
            .allMatch(line -> line.matches("many-[0-3]-[0-9]{1,3}"));
    }

    @Test
    void writesEveryQueuedLineWhenStoppedWhileCallersWaitForAFullQueue() {
        // a slow stdout, so that lines are still queued when the appender is stopped
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStream slow = new OutputStream() {
            @Override
            public void write(int b) {
                written.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
                written.write(bytes, offset, length);
            }
        };
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(slow, true, StandardCharsets.UTF_8));
        try {
            BatchingConsoleAppender appender = started(16);
            Logger logger = loggerWritingTo(appender);
            List<String> logged = IntStream.range(0, 2000).mapToObj(i -> "stopped-" + i).toList();
            logged.forEach(logger::info);

            appender.stop();

            assertThat(written.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(logged);
        }
        finally {
            System.setOut(stdout);
        }
    }

    private BatchingConsoleAppender started(int queueSize) {
        MessageLineEncoder encoder = new MessageLineEncoder();
        encoder.setContext(context);
        encoder.start();
        BatchingConsoleAppender appender = new BatchingConsoleAppender();
        appender.setContext(context);
        appender.setName("test-access-log");
        appender.setEncoder(encoder);
        appender.setQueueSize(queueSize);
        appender.start();
        return appender;
    }

    private Logger loggerWritingTo(BatchingConsoleAppender appender) {
        Logger logger = context.getLogger("test.access");
        logger.setAdditive(false);
        logger.addAppender(appender);
        return logger;
    }

    private static List<String> lines(CapturedOutput output, String prefix) {
        return output.getOut().lines().filter(line -> line.startsWith(prefix)).toList();
    }

}
