package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code ficus extract}: writes the project of one planned candidate, its Java sources
 * formatted by Spring Java Format ({@link JavaFormat}). Everything is written into a
 * staging folder beside the target and moved into place at the end, so a failure leaves
 * nothing half-written.
 */
public final class Extractor {

    private Extractor() {
    }

    /**
     * Writes the project.
     * @throws InvalidInputException when the plan is missing or of another version, the
     * candidate is not in it, the output folder is a file or not empty (without force),
     * the monolith jar is missing or, for a monolith without a {@code pom.xml}, not
     * given, the analysed monolith's folder is gone, the monolith is built on a Spring
     * release with Java EE's {@code javax.*} packages, or force would replace a folder
     * holding the working folder, the monolith, the plan or the jar
     */
    public static ExtractResult extract(ExtractRequest request) {
        MigrationPlan plan = PlanFiles.read(request.plan());
        CandidatePlan candidate = plan.candidate(request.candidate())
            .orElseThrow(() -> new InvalidInputException(
                    plan.unknownCandidate(request.candidate(), request.plan().toString())));
        Path out = request.out().toAbsolutePath().normalize();
        checkOut(out, request.force());
        request.monolithJar().filter(jar -> !Files.isRegularFile(jar)).ifPresent(jar -> {
            throw new InvalidInputException("monolith jar not found: " + jar);
        });
        Path monolithRoot = Path.of(plan.analysedPath());
        if (!Files.isDirectory(monolithRoot)) {
            throw new InvalidInputException("the monolith the plan was made of is not at " + monolithRoot
                    + " any more: run ficus analyze and plan again");
        }
        if (request.monolithJar().isEmpty() && !MonolithBuild.hasPom(monolithRoot)) {
            throw new InvalidInputException("the monolith at " + monolithRoot + " has no pom.xml ("
                    + MonolithBuild.otherBuild(monolithRoot)
                    + "), so no Maven artifact holds its classes: build it and give its jar with --monolith-jar JAR");
        }
        if (request.monolithJar().isEmpty()) {
            List<String> replaced = MonolithBuild.replacedJars(monolithRoot, candidate.boundary().sourceFolders());
            if (!replaced.isEmpty()) {
                boolean one = replaced.size() == 1;
                throw new InvalidInputException((one ? "the jar of " : "the jars of ") + String.join(" and ", replaced)
                        + (one ? " is" : " are") + " replaced by Spring Boot's runnable one (spring-boot-maven-plugin"
                        + " without a classifier), whose classes under BOOT-INF/classes a service cannot load: build it"
                        + " and give that jar with --monolith-jar JAR, or give the plugin a classifier");
            }
        }
        Optional<SpringRelease> release = springRelease(request, monolithRoot, candidate);
        release.filter(SpringRelease::usesJavaEe).ifPresent(javaEe -> {
            throw new InvalidInputException(javaEe.refusal());
        });
        if (request.force() && Files.exists(out)) {
            Map<String, Path> reads = new TreeMap<>(Map.of("the working folder", Path.of(""),
                    "the monolith the plan was made of", monolithRoot, "the plan", request.plan()));
            request.monolithJar().ifPresent(jar -> reads.put("the monolith jar", jar));
            keepsWhatItReads(out, reads);
        }
        String classifier = request.monolithJar()
            .map(jar -> ModuleJar.classifier(jar, candidate.boundary()))
            .orElse("");
        ServiceProject project = new ServiceProject(
                plan, candidate, monolithRoot, new ServiceProject.Labels(absolute(request.plan()),
                        absolute(request.out()), classifier, request.ficusCheckout().map(Extractor::absolute)),
                release);
        List<GeneratedFile> files = JavaFormat.forMonolith(monolithRoot)
            .apply(GeneratedMark.onMonolithSide(project.files()));
        try {
            return write(out, files, project, request);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Spring release the monolith's jar was packed with, else the one its pom.xml, or
     * a pom.xml of a module holding the candidate's classes, names.
     */
    private static Optional<SpringRelease> springRelease(ExtractRequest request, Path monolithRoot,
            CandidatePlan candidate) {
        return request.monolithJar()
            .flatMap(SpringRelease::packedIn)
            .or(() -> MonolithBuild.read(monolithRoot, candidate.boundary().sourceFolders()).spring());
    }

    private static void checkOut(Path out, boolean force) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("output folder is a file: " + out);
        }
        if (!force && Files.isDirectory(out) && !isEmpty(out)) {
            throw new InvalidInputException("output folder " + out + " exists and is not empty (--force replaces it)");
        }
    }

    /**
     * {@code --force} replaces the whole output folder: never one that holds the working
     * folder or what the extract reads (a mistyped {@code --out .} would delete a
     * repository).
     */
    static void keepsWhatItReads(Path out, Map<String, Path> reads) {
        Path replaced = real(out);
        reads.forEach((what, path) -> {
            if (real(path).startsWith(replaced)) {
                throw new InvalidInputException("--force would replace " + out + ", which holds " + what + " ("
                        + path.toAbsolutePath().normalize() + "); choose another --out");
            }
        });
    }

    /** A path as the README's commands need it: they run from the Ficus checkout. */
    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        }
        catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static ExtractResult write(Path out, List<GeneratedFile> files, ServiceProject project,
            ExtractRequest request) throws IOException {
        Files.createDirectories(out.getParent());
        Path staging = Files.createTempDirectory(out.getParent(), ".ficus-extract-");
        List<String> written = new ArrayList<>();
        try {
            for (GeneratedFile file : files) {
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                written.add(file.path());
            }
            if (request.monolithJar().isPresent()) {
                Path jar = ModuleJar.write(request.monolithJar().get(), project.labels().moduleClassifier(),
                        project.build(), project.boundary().modulePackages(), staging.resolve(ServiceProject.LIB));
                written.add(staging.relativize(jar).toString().replace('\\', '/'));
            }
            if (ServicePom.managedBom(project.build(), project.labels().moduleClassifier()).isPresent()) {
                ManagedBom.write(project.build(), staging.resolve(ServiceProject.LIB))
                    .ifPresent(bom -> written.add(staging.relativize(bom).toString().replace('\\', '/')));
            }
            replace(out, staging);
        }
        finally {
            deleteTree(staging);
        }
        List<String> needsYou = files.stream()
            .filter(file -> file.path().equals("README.md"))
            .flatMap(file -> file.content().lines())
            .filter(line -> line.startsWith("- Needs you: "))
            .map(line -> line.substring("- Needs you: ".length()))
            .toList();
        return new ExtractResult(out, written.stream().sorted().toList(), needsYou);
    }

    private static void replace(Path out, Path staging) throws IOException {
        if (Files.exists(out)) {
            Path old = Files.createTempDirectory(out.getParent(), ".ficus-extract-old-");
            Files.move(out, old.resolve("previous"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        }
        else {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
