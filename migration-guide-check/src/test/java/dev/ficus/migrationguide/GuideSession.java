package dev.ficus.migrationguide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a guide's bash blocks in order in one bash session, like a reader pasting them
 * into one terminal (variables carry over), with {@code set -euo pipefail}: the first
 * failing command ends the session. The session is the leader of a process group of its
 * own, so {@link #close()} stops it and everything it started in the background.
 */
final class GuideSession implements AutoCloseable {

    private static final String MARK = "@@ficus-guide-block ";

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path logDir;

    private final Path pgidFile;

    private final Thread stopOnExit = new Thread(this::stopProcessGroup, "stop-guide-processes");

    private Integer processGroup;

    GuideSession(Path logDir) {
        this.logDir = logDir;
        this.pgidFile = logDir.resolve("session.pgid");
    }

    /**
     * What a run produced: bash's exit code and, for each block that started, its output,
     * whether it finished and how many seconds it took (for a finished block).
     */
    record Transcript(boolean finished, int exitCode, Map<Integer, String> outputs, Map<Integer, Boolean> succeeded,
            Map<Integer, Long> seconds, String log) {

        String outputOf(GuideBlocks.Block block) {
            return outputs.getOrDefault(block.number(), "");
        }

        /** The block that started but did not finish, if any. */
        OptionalInt failedBlock() {
            return succeeded.entrySet().stream().filter(e -> !e.getValue()).mapToInt(Map.Entry::getKey).findFirst();
        }
    }

    /**
     * Runs {@code blocks} in {@code workingDir} with {@code environment} added to this
     * JVM's (e.g. where Maven finds its artifacts).
     */
    Transcript run(Path workingDir, List<GuideBlocks.Block> blocks, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Files.deleteIfExists(pgidFile);
        Path script = Files.writeString(logDir.resolve("guide.sh"), script(blocks));
        Path log = logDir.resolve("guide.log");
        ProcessBuilder builder = new ProcessBuilder("setsid", "bash", script.toString()).directory(workingDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().remove("FICUS_GATEWAY_TOKEN");
        builder.environment().remove("FICUS_GATEWAY_URL");
        builder.environment().putAll(environment);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        Process bash = builder.start();
        boolean finished = bash.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        readProcessGroup();
        if (!finished) {
            stopProcessGroup();
            bash.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        }
        String text = Files.readString(log);
        return transcript(finished, finished ? bash.exitValue() : -1, text);
    }

    private String script(List<GuideBlocks.Block> blocks) {
        StringBuilder script = new StringBuilder("echo $$ > '" + pgidFile + "'\nset -euo pipefail\n");
        for (GuideBlocks.Block block : blocks) {
            script.append("echo \"")
                .append(MARK)
                .append(block.number())
                .append(" start $(date +%s)\"\n")
                .append(block.script())
                .append("echo \"")
                .append(MARK)
                .append(block.number())
                .append(" ok $(date +%s)\"\n");
        }
        return script.toString();
    }

    private static Transcript transcript(boolean finished, int exitCode, String log) {
        Map<Integer, StringBuilder> outputs = new LinkedHashMap<>();
        Map<Integer, Boolean> succeeded = new LinkedHashMap<>();
        Map<Integer, Long> seconds = new LinkedHashMap<>();
        StringBuilder current = null;
        String[] lines = log.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int mark = line.indexOf(MARK);
            if (mark < 0) {
                append(current, i < lines.length - 1 ? line + '\n' : line);
                continue;
            }
            append(current, line.substring(0, mark)); // output that did not end with a
                                                      // newline
            String[] parts = line.substring(mark + MARK.length()).split(" ");
            int number = Integer.parseInt(parts[0]);
            boolean start = parts[1].equals("start");
            succeeded.put(number, !start);
            seconds.merge(number, Long.parseLong(parts[2]) * (start ? -1 : 1), Long::sum);
            current = start ? outputs.computeIfAbsent(number, n -> new StringBuilder()) : null;
        }
        Map<Integer, String> texts = new LinkedHashMap<>();
        outputs.forEach((number, text) -> texts.put(number, text.toString()));
        return new Transcript(finished, exitCode, texts, succeeded, seconds, log);
    }

    private static void append(StringBuilder output, String text) {
        if (output != null) {
            output.append(text);
        }
    }

    private void readProcessGroup() throws IOException {
        if (processGroup == null && Files.exists(pgidFile)) {
            processGroup = Integer.valueOf(Files.readString(pgidFile).strip());
        }
    }

    /**
     * Stops bash and every process it started (the servers run in the background), TERM
     * first, then KILL.
     */
    private synchronized void stopProcessGroup() {
        try {
            readProcessGroup();
        }
        catch (IOException | NumberFormatException e) {
            return;
        }
        if (processGroup == null || !groupAlive()) {
            return;
        }
        signal("-TERM");
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        while (groupAlive() && System.nanoTime() < deadline) {
            sleep();
        }
        if (groupAlive()) {
            signal("-KILL");
        }
    }

    private boolean groupAlive() {
        return signal("-0") == 0;
    }

    private int signal(String signal) {
        try {
            return new ProcessBuilder("kill", signal, "--", "-" + processGroup).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot run kill", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopProcessGroup();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already exiting, or the session never ran: the hook does the
            // same work
        }
    }

}
