package dev.ficus.analyzer.source;

import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.ficus.analyzer.work.ParallelWork;
import dev.ficus.analyzer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the Java files under a folder, parses them in parallel and wires them to one
 * shared, thread-safe type solver. Every unusable file becomes a {@link Diagnostic}; only
 * a user mistake (missing path, no Java files, missing classpath entry) stops the
 * reading.
 */
public final class SourceReader {

    private SourceReader() {
    }

    /**
     * Reads and parses the sources the request names.
     * @throws InvalidInputException when the path does not exist or holds no Java files
     */
    public static ParsedSources read(SourceRequest request, Progress progress) {
        Path root = request.root().toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new InvalidInputException("path does not exist: " + request.root());
        }
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("path is not a folder: " + request.root());
        }
        request.classpath().stream().filter(jar -> !Files.isRegularFile(jar)).findFirst().ifPresent(jar -> {
            throw new InvalidInputException("classpath entry is not a jar file: " + jar);
        });
        SourceTree tree = SourceTree
            .scan(new SourceRequest(root, request.includeTests(), request.excludeGlobs(), request.classpath()));
        if (tree.javaFiles().isEmpty()) {
            throw new InvalidInputException("no Java source files under " + request.root());
        }
        List<JavaFileReader.Outcome> outcomes = parseAll(root, tree.javaFiles(), progress);
        List<Diagnostic> diagnostics = new ArrayList<>(tree.diagnostics());
        List<ParsedFile> parsed = new ArrayList<>();
        for (JavaFileReader.Outcome outcome : outcomes) {
            outcome.diagnostic().ifPresent(diagnostics::add);
            outcome.parsed().ifPresent(parsed::add);
        }
        parsed.sort(Comparator.comparing(ParsedFile::file));
        TypeSolver typeSolver = typeSolver(parsed, request.classpath());
        JavaSymbolSolver symbolSolver = new JavaSymbolSolver(typeSolver);
        parsed.forEach(file -> symbolSolver.inject(file.unit()));
        long loc = parsed.stream().mapToLong(ParsedFile::loc).sum();
        return new ParsedSources(root, sourceRoots(root, parsed), tree.javaFiles().size(), loc, diagnostics, parsed,
                tree.xmlFiles(), typeSolver);
    }

    private static List<JavaFileReader.Outcome> parseAll(Path root, List<Path> files, Progress progress) {
        ThreadLocal<JavaFileReader> readers = ThreadLocal.withInitial(JavaFileReader::new);
        return ParallelWork.map(files, file -> readers.get().read(file, SourceTree.relative(root, file)), "parsing",
                progress);
    }

    private static TypeSolver typeSolver(List<ParsedFile> parsed, List<Path> classpath) {
        List<TypeSolver> solvers = new ArrayList<>();
        solvers.add(new SourceTypeSolver(parsed));
        solvers.add(new ReflectionTypeSolver(true));
        for (Path jar : classpath) {
            try {
                solvers.add(new JarTypeSolver(jar));
            }
            catch (IOException e) {
                throw new InvalidInputException("classpath entry cannot be read: " + jar);
            }
        }
        return new StableHashTypeSolver(solvers);
    }

    /**
     * A file's source root is its folder minus the folders its package declaration names.
     */
    private static List<Path> sourceRoots(Path root, List<ParsedFile> parsed) {
        TreeSet<Path> roots = new TreeSet<>();
        for (ParsedFile file : parsed) {
            Path folder = Objects.requireNonNullElse(root.resolve(file.file()).getParent(), root);
            String packageName = file.unit()
                .getPackageDeclaration()
                .map(PackageDeclaration::getNameAsString)
                .orElse("");
            roots.add(stripPackage(folder, packageName).orElse(folder));
        }
        return List.copyOf(roots);
    }

    private static Optional<Path> stripPackage(Path folder, String packageName) {
        Path packagePath = Path.of(packageName.replace('.', '/'));
        if (packageName.isEmpty() || !folder.endsWith(packagePath)) {
            return Optional.empty();
        }
        Path sourceRoot = folder;
        for (int i = 0; i < packagePath.getNameCount(); i++) {
            Path up = sourceRoot.getParent();
            if (up == null) {
                return Optional.empty();
            }
            sourceRoot = up;
        }
        return Optional.of(sourceRoot);
    }

}
