package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.extract.ExtractRequest;
import dev.ficus.analyzer.extract.ExtractResult;
import dev.ficus.analyzer.extract.Extractor;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.plan.ShellWords;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ficus extract}: makes a running service of one planned candidate. */
@Command(name = "extract", aliases = "scaffold", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = { "Makes a Maven project of a candidate of plan.json that runs the candidate's own classes: "
                + "its own schema, outbox and idempotent consumer for its events, HTTP adapters with timeouts, "
                + "retries and a circuit breaker both ways, a contract test against the monolith, a gateway "
                + "route file and a README with the next commands. ('scaffold' is its old name.)" })
class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CANDIDATE", description = "The candidate, as named in the plan.")
    private String candidate;

    @Option(names = "--candidate", paramLabel = "NAME", hidden = true, description = "The candidate (old spelling).")
    private String candidateOption;

    @Option(names = "--plan", paramLabel = "FILE", defaultValue = "ficus-out/plan.json",
            description = "The plan.json written by ficus plan (default: ${DEFAULT-VALUE}).")
    private Path plan;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The project's folder: new, or empty unless --force.")
    private Path out;

    @Option(names = "--monolith-jar", paramLabel = "JAR", description = {
            "The monolith's jar (plain or Spring Boot), copied into the project's lib/.",
            "Without it the project depends on the monolith's artifact from its pom.xml.",
            "In a build of modules, it depends on the modules holding the candidate's classes.",
            "A monolith without a pom.xml (a Gradle build) needs it.",
            "A monolith on Spring Boot 2 or Spring 5 (javax.*) is refused: the service runs on Spring Boot 4." })
    private Path monolithJar;

    @Option(names = "--force", description = "Replace the output folder when it is not empty.")
    private boolean force;

    /**
     * The checkout the {@code ./ficus} launcher runs from (it says so in
     * {@code FICUS_CHECKOUT}), when it holds the launcher and the Maven wrapper.
     */
    private static Optional<Path> ficusCheckout() {
        return Optional.ofNullable(System.getenv("FICUS_CHECKOUT"))
            .map(Path::of)
            .filter(folder -> Files.isRegularFile(folder.resolve("ficus"))
                    && Files.isRegularFile(folder.resolve("mvnw")));
    }

    @Override
    public Integer call() {
        String name = Optional.ofNullable(candidate)
            .or(() -> Optional.ofNullable(candidateOption))
            .orElseThrow(() -> new InvalidInputException("missing CANDIDATE (see 'ficus extract --help')"));
        ExtractResult result = Extractor
            .extract(new ExtractRequest(plan, name, out, Optional.ofNullable(monolithJar), force, ficusCheckout()));
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("%s: %d files written%n", out, result.files().size());
        result.needsYou().forEach(line -> printer.printf("needs you: %s%n", line));
        String folder = ShellWords.quote(out.toString());
        printer.printf("next: see %s/README.md (build: ./mvnw -f %s/pom.xml package)%n", folder, folder);
        return 0;
    }

}
