package dev.ficus.extractcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The monolith rebuilt with the classes {@code ficus extract} wrote into
 * {@code monolith-adapters/}, as its README says (copy them into the monolith's sources,
 * rebuild): the adapters are compiled against the monolith's own classes and libraries
 * and packed into a copy of its executable jar, next to its classes, with the libraries
 * the adapters need added to its own as if its pom named them. Cheaper than a Maven build
 * of the monolith, same jar layout.
 */
final class MonolithAdapters {

    private MonolithAdapters() {
    }

    /**
     * Compiles {@code sources} against {@code classesJar}, the libraries of
     * {@code executableJar} and {@code addedLibraries}, and writes {@code executableJar}
     * with the compiled classes and the added libraries to {@code into}.
     */
    static Path rebuild(Path executableJar, Path classesJar, List<Path> sources, List<Path> addedLibraries, Path into)
            throws IOException {
        Path folder = Files.createDirectories(into.toAbsolutePath().getParent().resolve("monolith-rebuild"));
        List<String> classpath = new ArrayList<>(List.of(classesJar.toString()));
        classpath.addAll(unpackLibraries(executableJar, name -> true, folder.resolve("lib")));
        addedLibraries.forEach(library -> classpath.add(library.toString()));
        Path classes = folder.resolve("out");
        compile(sources, String.join(File.pathSeparator, classpath), classes.resolve("BOOT-INF/classes"));
        Path added = Files.createDirectories(folder.resolve("added/BOOT-INF/lib"));
        for (Path library : addedLibraries) {
            Files.copy(library, added.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(executableJar, into, StandardCopyOption.REPLACE_EXISTING);
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow();
        run(jar, "--update", "--file", into.toString(), "-C", classes.toString(), "BOOT-INF");
        // Spring Boot reads nested jars only when they are stored uncompressed
        run(jar, "--update", "--no-compress", "--file", into.toString(), "-C", folder.resolve("added").toString(),
                "BOOT-INF");
        return into;
    }

    /**
     * The libraries of {@code executableJar} whose file names are one of
     * {@code artifacts} (patterns) followed by a version, unpacked into {@code into}.
     */
    static List<Path> librariesOf(Path executableJar, List<String> artifacts, Path into) throws IOException {
        return unpackLibraries(executableJar,
                name -> artifacts.stream().anyMatch(artifact -> name.matches(artifact + "-\\d.*")), into)
            .stream()
            .map(Path::of)
            .toList();
    }

    /** Every {@code .java} file under {@code folder}. */
    static List<Path> sourcesUnder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static void compile(List<Path> sources, String classpath, Path out) throws IOException {
        Files.createDirectories(out);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-parameters", "-proc:none", "-nowarn",
                "-d", out.toString(), "-cp", classpath));
        sources.forEach(source -> arguments.add(source.toString()));
        run(ToolProvider.findFirst("javac").orElseThrow(), arguments.toArray(String[]::new));
    }

    private static void run(ToolProvider tool, String... arguments) {
        StringWriter output = new StringWriter();
        int exit = tool.run(new PrintWriter(output), new PrintWriter(output), arguments);
        assertThat(exit).as("%s %s: %s", tool.name(), String.join(" ", arguments), output).isZero();
    }

    /**
     * The executable jar's libraries whose file names pass {@code wanted}, unpacked;
     * answers their paths.
     */
    private static List<String> unpackLibraries(Path executableJar, Predicate<String> wanted, Path into)
            throws IOException {
        Files.createDirectories(into);
        List<String> libraries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(executableJar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                String fileName = name.substring(name.lastIndexOf('/') + 1);
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar") && wanted.test(fileName)) {
                    Path library = into.resolve(fileName);
                    Files.copy(zip, library, StandardCopyOption.REPLACE_EXISTING);
                    libraries.add(library.toString());
                }
            }
        }
        return libraries;
    }

}
