package dev.ficus.bench.topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.ficus.startup.StartupArchive;

/**
 * How to start one Java process of a topology and how to tell it is ready.
 *
 * @param name short unique name, e.g. {@code "inventory-service"}
 * @param launch what follows the JVM flags: {@code -jar app.jar} or
 * {@code -cp path main.Class}
 * @param arguments program arguments
 * @param port the HTTP port the process listens on (loopback)
 * @param readinessPath path answering 200 once the process is ready
 */
public record ProcessSpec(String name, List<String> launch, List<String> arguments, int port, String readinessPath) {

    public static final String READINESS_PATH_DEFAULT = "/actuator/health/readiness";

    public ProcessSpec {
        Objects.requireNonNull(name, "name");
        launch = List.copyOf(launch);
        arguments = List.copyOf(arguments);
    }

    /** A Spring Boot executable jar started on the given port. */
    public static ProcessSpec bootJar(String name, Path jar, int port, List<String> properties) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        arguments.add("--server.address=127.0.0.1");
        properties.forEach(property -> arguments.add("--" + property));
        return new ProcessSpec(name, List.of("-jar", jar.toString()), arguments, port, READINESS_PATH_DEFAULT);
    }

    private boolean isJar() {
        return launch.size() == 2 && "-jar".equals(launch.get(0));
    }

    /** The full command line for the given JVM and flags. */
    List<String> command(Path javaExecutable, JvmOptions jvm, CpuAffinity affinity) {
        List<String> command = new ArrayList<>(affinity.prefix());
        command.add(javaExecutable.toString());
        command.addAll(jvm.flags());
        command.addAll(isJar() ? jarLaunch(javaExecutable, jvm.startupArchive()) : launch);
        command.addAll(arguments);
        return command;
    }

    private List<String> jarLaunch(Path javaExecutable, JvmOptions.StartupArchiveUse use) {
        Path jar = Path.of(launch.get(1));
        return switch (use) {
            case NONE -> launch;
            case MADE_AT_SECOND_START -> StartupArchive.launch(javaExecutable, jar);
            case IF_MADE -> StartupArchive.launchIfMade(javaExecutable, jar);
        };
    }
}
