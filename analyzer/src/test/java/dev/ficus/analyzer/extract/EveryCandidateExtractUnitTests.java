package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.cli.FicusRun;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.plan.CandidatePlan;
import io.spring.javaformat.config.JavaFormatConfig;
import io.spring.javaformat.formatter.FileEdit;
import io.spring.javaformat.formatter.FileFormatter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ficus extract} on every candidate of the sample ({@code monolith-app}) and of
 * the layered fixture ({@code fixtures/layered-library}), as a user runs it after
 * {@code analyze} and {@code plan}.
 */
class EveryCandidateExtractUnitTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    private static Path sample;

    private static Path library;

    @BeforeAll
    static void analyzeAndPlanBothMonoliths() {
        sample = plan(ROOT.resolve("monolith-app"), folder.resolve("sample"));
        library = plan(ROOT.resolve("fixtures/layered-library"), folder.resolve("library"));
    }

    @Test
    void writesJavaSourcesTheBuildsFormatterLeavesAsTheyAre() throws IOException {
        List<File> sources = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (Path plan : List.of(sample, library)) {
            for (CandidatePlan candidate : PlanFiles.read(plan).candidates()) {
                candidates.add(candidate.name());
                sources.addAll(javaSources(extract(plan, candidate.name())));
            }
        }
        assertThat(candidates).containsExactlyInAnyOrder("notifications", "inventory", "shipping", "customers",
                "payments", "orders", "catalog", "reservations", "members", "books", "fines", "loans");
        assertThat(sources).anyMatch(source -> source.getPath().contains("/monolith-adapters/src/main/java/"))
            .anyMatch(source -> source.getPath().contains("/src/test/java/"));
        assertThat(ROOT.resolve(".springjavaformatconfig")).as("the build's formatter settings").isRegularFile();

        // what spring-javaformat:validate does with the build's settings
        List<String> unformatted = new FileFormatter(JavaFormatConfig.findFrom(ROOT))
            .formatFiles(sources, StandardCharsets.UTF_8, "\n")
            .filter(FileEdit::hasEdits)
            .map(edit -> folder.relativize(edit.getFile().toPath()).toString())
            .toList();

        assertThat(unformatted).as("generated sources spring-javaformat:apply would change").isEmpty();
    }

    @Test
    void adaptersReadmeOfACandidateTheMonolithNeverCallsSetsNoUrl() throws IOException {
        Path out = extract(sample, "notifications");

        String readme = words(out.resolve("monolith-adapters/README.md"));

        assertThat(readme).doesNotContain("ficus.extracted.notifications.url")
            .doesNotContain("keeps calling its own")
            .doesNotContain("ServiceCalls")
            .contains("Nothing in the monolith calls the notifications classes (the plan lists no call into them: they"
                    + " only listen to its events), so no setting switches the monolith over to the service: it"
                    + " reaches the service only through the events below.")
            .contains("`CustomersEndpoints` serves the calls the service makes back into the monolith")
            .contains("`NotificationsEventForwarding` sends the service the events it listens to");
        assertThat(words(out.resolve("README.md")))
            .contains("copy `monolith-adapters/` into the monolith; its README says what each class does")
            .contains("A call made while serving a request carries that request's `Authorization` header on, so the"
                    + " monolith knows the user")
            .contains("so there is no url to set")
            .doesNotContain("ficus.extracted.notifications.url");
    }

    @Test
    void adaptersReadmeOfACalledCandidateNamesTheUrlThatSwitchesTheMonolithsCalls() throws IOException {
        Path out = extract(sample, "shipping");

        String readme = words(out.resolve("monolith-adapters/README.md"));

        assertThat(readme)
            .contains("Calls to the service (`ShippingServiceCalls`) need these libraries in the monolith's build")
            .contains("The monolith keeps calling its own `Shipping` bean until `ficus.extracted.shipping.url` is set,"
                    + " e.g. `--ficus.extracted.shipping.url=http://localhost:8103`; from then on every call it makes"
                    + " to it goes to the service.")
            .doesNotContain("Nothing in the monolith calls")
            .doesNotContain("in-process");
        assertThat(words(out.resolve("README.md")))
            .contains("copy `monolith-adapters/` into the monolith (see its README) and set"
                    + " `ficus.extracted.shipping.url=http://localhost:8103`")
            .contains("- `api/ShippingEndpoints`: what the monolith calls on the module over HTTP; `monolith-adapters/`"
                    + " has the client that replaces the in-process bean.");
        assertThat(Files.readString(out.resolve(
                "monolith-adapters/src/main/java/dev/ficus/shop/shipping/internal/remote" + "/RemoteShipping.java")))
            .as("a later analysis of the monolith leaves out what extract wrote into it")
            .contains("@javax.annotation.processing.Generated(\"dev.ficus.extract\")\n");
    }

    @Test
    void aCandidateCalledThroughAClassGetsASubclassInTheMonolithThatTheUrlSwitchesOn() throws IOException {
        Path out = extract(library, "books");

        String readme = words(out.resolve("monolith-adapters/README.md"));

        assertThat(readme)
            .contains("The monolith keeps calling its own `CatalogService` bean until"
                    + " `ficus.extracted.books.url` is set")
            .doesNotContain("in-process:");
        assertThat(words(out.resolve("README.md"))).contains("- `api/CatalogServiceEndpoints`: what the monolith calls"
                + " on the module over HTTP; `monolith-adapters/` has the client that replaces the in-process bean.");
        assertThat(Files.readString(out.resolve(
                "monolith-adapters/src/main/java/org/example/library/controller/internal/remote/RemoteCatalogService.java")))
            .contains("class RemoteCatalogService extends CatalogService {",
                    "super((BookRepository) null, (BookCopyRepository) null);");
    }

    /**
     * The file's text with every run of white space, line breaks included, as one space.
     */
    private static String words(Path file) throws IOException {
        return Files.readString(file).replaceAll("\\s+", " ");
    }

    private static Path extract(Path plan, String candidate) {
        Path out = plan.getParent().getParent().resolve(candidate + "-service");
        FicusRun.succeeded("extract", candidate, "--plan", plan.toString(), "--out", out.toString(), "--force");
        return out;
    }

    private static List<File> javaSources(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(Path::toFile).toList();
        }
    }

    private static Path plan(Path monolith, Path into) {
        Path out = into.resolve("ficus-out");
        FicusRun.succeeded("analyze", monolith.toString(), "--out", out.toString(), "--quiet");
        FicusRun.succeeded("plan", monolith.toString(), "--analysis", out.resolve("analysis.json").toString(), "--out",
                out.toString());
        return out.resolve("plan.json");
    }

}
