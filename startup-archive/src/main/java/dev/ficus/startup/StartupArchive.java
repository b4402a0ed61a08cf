package dev.ficus.startup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spring Boot jar started from its extracted layout with a class-data-sharing archive,
 * which about halves the CPU a start costs: for runs that measure nothing
 * ({@code --quick}, the demo, the contract suite), not for measured ones, whose processes
 * start as users' do. The archive is recorded by a training run (the jar extracted with
 * {@code -Djarmode=tools}, started until its context is refreshed, then exited), which
 * costs about one start, so it is made at the second start of a jar, not the first: a jar
 * started once (a freshly generated service) is not worth one. It is kept in
 * {@code JAR.startup/} next to the jar until the jar or the JVM changes. When it cannot
 * be made (a read-only folder, a jar that does not start alone) the jar starts as it is;
 * why is in {@code JAR.startup/training.log}. A run that a user waits for once, such as
 * the demo, uses an archive an earlier run made but never pays for a training itself
 * ({@link #launchIfMade}).
 */
public final class StartupArchive {

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);

    private static final String SEEN = "seen";

    private static final String MADE = "made";

    private static final String FAILED = "failed";

    /**
     * One training at a time per jar within this JVM; the file lock covers other JVMs.
     */
    private static final ConcurrentMap<Path, Object> TRAININGS = new ConcurrentHashMap<>();

    private final Path java;

    private final Path jar;

    private final Path home;

    private StartupArchive(Path java, Path jar) {
        this.java = java;
        this.jar = realPath(jar);
        this.home = this.jar.resolveSibling(this.jar.getFileName() + ".startup");
    }

    /**
     * What follows the JVM flags to start {@code jar}: the extracted jar with its archive
     * from the jar's second start on, else {@code -jar jar}.
     */
    public static List<String> launch(Path java, Path jar) {
        return new StartupArchive(java, jar).launch(true);
    }

    /**
     * What follows the JVM flags to start {@code jar}: the extracted jar with its archive
     * when an earlier start made one for this jar and JVM, else {@code -jar jar}; counts
     * no start and makes no archive.
     */
    public static List<String> launchIfMade(Path java, Path jar) {
        return new StartupArchive(java, jar).launch(false);
    }

    private List<String> launch(boolean training) {
        boolean ready = training ? ready(true) : Files.isDirectory(home) && ready(false);
        if (ready) {
            return List.of("-XX:SharedArchiveFile=" + archive(), "-jar", extractedJar().toString());
        }
        return List.of("-jar", jar.toString());
    }

    private boolean ready(boolean training) {
        synchronized (TRAININGS.computeIfAbsent(home, key -> new Object())) {
            try {
                Files.createDirectories(home);
                try (FileChannel channel = FileChannel.open(home.resolve("lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    String source = source();
                    Path stamp = home.resolve("stamp");
                    String state = Files.exists(stamp) ? Files.readString(stamp) : "";
                    if (!training) {
                        return state.equals(source + MADE) && Files.exists(archive());
                    }
                    if (!state.startsWith(source)) {
                        Files.writeString(stamp, source + SEEN);
                        return false;
                    }
                    if (state.equals(source + SEEN)) {
                        Files.delete(stamp);
                        Files.writeString(stamp, source + (train() ? MADE : FAILED));
                    }
                    return Files.readString(stamp).equals(source + MADE) && Files.exists(archive());
                }
            }
            catch (IOException ex) {
                return false;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * The jar and the JVM the archive belongs to: a new build or another JDK makes it
     * anew.
     */
    private String source() throws IOException {
        return java + "\n" + jar + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis() + "\n";
    }

    private boolean train() throws IOException, InterruptedException {
        deleteTree(home.resolve("app"));
        Files.deleteIfExists(archive());
        Files.deleteIfExists(home.resolve("training.log"));
        Path work = Files.createTempDirectory(home, "training-");
        try {
            return run(work, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    home.resolve("app").toString())
                    && run(work, "-XX:ArchiveClassesAtExit=" + archive(), "-XX:TieredStopAtLevel=1",
                            "-Duser.home=" + work, "-Dspring.context.exit=onRefresh", "-jar", extractedJar().toString(),
                            "--server.port=0", "--server.address=127.0.0.1")
                    && Files.size(archive()) > 0;
        }
        finally {
            deleteTree(work);
        }
    }

    /**
     * Runs {@code java} with the arguments in {@code work}, so whatever the application
     * writes relative to its working folder or home stays there.
     */
    private boolean run(Path work, String... arguments) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of(java.toString()), Stream.of(arguments)).toList();
        Process process = new ProcessBuilder(command).directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("training.log").toFile()))
            .start();
        if (!process.waitFor(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return false;
        }
        return process.exitValue() == 0;
    }

    /**
     * The jar's own path, links resolved: a checkout that links to another's build
     * folders (the demo's test does) shares its archive instead of taking turns making
     * it.
     */
    private static Path realPath(Path jar) {
        try {
            return jar.toRealPath();
        }
        catch (IOException ex) {
            return jar.toAbsolutePath().normalize();
        }
    }

    private Path archive() {
        return home.resolve("app.jsa");
    }

    private Path extractedJar() {
        return home.resolve("app").resolve(jar.getFileName());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
