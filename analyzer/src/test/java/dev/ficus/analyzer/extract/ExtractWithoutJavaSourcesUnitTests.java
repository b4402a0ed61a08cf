package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.cli.FicusRun;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ficus extract} knows the monolith's code only from {@code plan.json}: given a
 * copy of the monolith that keeps its build ({@code pom.xml}, {@code src/main/resources})
 * but not one Java source, it writes every candidate's project byte for byte as it does
 * beside the sources. The sample's candidates implement its interfaces over HTTP and
 * publish and receive its events; the layered library's transactions span candidates.
 */
class ExtractWithoutJavaSourcesUnitTests {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { "../monolith-app", "../fixtures/layered-library" })
    void writesTheSameProjectsWhenTheMonolithsJavaSourcesAreGone(String monolith) throws IOException {
        Path root = Path.of(monolith).toAbsolutePath().normalize();
        Path planFolder = folder.resolve("ficus-out");
        FicusRun.succeeded("analyze", root.toString(), "--out", planFolder.toString(), "--quiet", "--format=json");
        FicusRun.succeeded("plan", root.toString(), "--analysis", planFolder.resolve("analysis.json").toString(),
                "--out", planFolder.toString());
        Path plan = planFolder.resolve("plan.json");
        MigrationPlan beside = PlanFiles.read(plan);
        Path buildOnly = buildOnlyCopy(root);
        List<String> candidates = beside.candidates().stream().map(CandidatePlan::name).toList();

        Map<String, Map<String, String>> withSources = extractAll(plan, candidates, root);
        PlanFiles.write(new MigrationPlan(beside.schemaVersion(), buildOnly.toString(), beside.candidates(),
                beside.calledTypes(), beside.events()), planFolder);
        Map<String, Map<String, String>> withoutSources = extractAll(plan, candidates, buildOnly);

        assertThat(candidates).isNotEmpty();
        try (Stream<Path> files = Files.walk(buildOnly)) {
            assertThat(files.filter(file -> file.toString().endsWith(".java"))).isEmpty();
        }
        candidates.forEach(candidate -> assertThat(withoutSources.get(candidate)).as(candidate)
            .containsExactlyEntriesOf(withSources.get(candidate)));
        assertThat(withSources.values().stream().flatMap(files -> files.keySet().stream()))
            .as("the adapters the sources were read for are among the files compared")
            .anyMatch(path -> path.endsWith("Endpoints.java"));
    }

    /**
     * Each candidate's files, the monolith's folder (the README's command installing it
     * names it) written {@code MONOLITH}.
     */
    private Map<String, Map<String, String>> extractAll(Path plan, List<String> candidates, Path monolith)
            throws IOException {
        Map<String, Map<String, String>> projects = new TreeMap<>();
        for (String candidate : candidates) {
            Path out = folder.resolve("services").resolve(candidate);
            FicusRun.succeeded("extract", candidate, "--plan", plan.toString(), "--out", out.toString(), "--force");
            Map<String, String> files = new TreeMap<>();
            contents(out).forEach((file, text) -> files.put(file, text.replace(monolith.toString(), "MONOLITH")));
            projects.put(candidate, files);
        }
        return projects;
    }

    /** The monolith's {@code pom.xml} and {@code src/main/resources}, nothing else. */
    private Path buildOnlyCopy(Path root) throws IOException {
        Path copy = folder.resolve("build-only").resolve(root.getFileName());
        Files.createDirectories(copy);
        Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
        Path resources = root.resolve("src/main/resources");
        if (Files.isDirectory(resources)) {
            try (Stream<Path> paths = Files.walk(resources)) {
                for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = copy.resolve(root.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    }
                    else {
                        Files.copy(path, target);
                    }
                }
            }
        }
        return copy;
    }

    private static Map<String, String> contents(Path project) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(project)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                contents.put(project.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        }
        return contents;
    }

}
