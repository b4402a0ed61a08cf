package dev.ficus.analyzer.extract;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The monolith's Java sources, as far as the generated code needs them: where a type
 * lives, and the methods and imports of the interfaces adapters implement.
 */
final class MonolithSources {

    private final Path sourceRoot;

    /** Fully qualified names by simple name; a simple name declared twice maps to all. */
    private final Map<String, List<String>> bySimpleName;

    private MonolithSources(Path sourceRoot, Map<String, List<String>> bySimpleName) {
        this.sourceRoot = sourceRoot;
        this.bySimpleName = bySimpleName;
    }

    /**
     * Indexes the {@code .java} files under {@code root/src/main/java} (or under root).
     */
    static MonolithSources of(Path root) {
        Path sources = Files.isDirectory(root.resolve("src/main/java")) ? root.resolve("src/main/java") : root;
        if (!Files.isDirectory(sources)) {
            return new MonolithSources(sources, Map.of());
        }
        try (Stream<Path> files = Files.walk(sources)) {
            Map<String, List<String>> index = files.filter(file -> file.toString().endsWith(".java"))
                .map(file -> sources.relativize(file).toString().replace('\\', '/'))
                .filter(path -> !path.endsWith("package-info.java"))
                .map(path -> path.substring(0, path.length() - ".java".length()).replace('/', '.'))
                .collect(Collectors.groupingBy(MonolithSources::simpleName, TreeMap::new, Collectors.toList()));
            return new MonolithSources(sources, index);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type a simple name stands for, when exactly one type has it. */
    Optional<String> qualified(String simpleName) {
        List<String> types = bySimpleName.getOrDefault(simpleName, List.of());
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    /**
     * Whether the record or class declares an {@code eventId} (a UUID the outbox keys
     * on).
     */
    boolean hasEventId(String type) {
        return source(type).map(text -> text.contains("UUID eventId")).orElse(false);
    }

    /**
     * The abstract methods of an interface, with what a file implementing it must import.
     */
    Optional<JavaInterface> javaInterface(String type) {
        return parse(type).flatMap(unit -> unit.getInterfaceByName(simpleName(type)).map(declaration -> {
            List<JavaInterface.Method> methods = new ArrayList<>();
            for (MethodDeclaration method : declaration.getMethods()) {
                if (!method.isDefault() && !method.isStatic()) {
                    methods.add(new JavaInterface.Method(method.getNameAsString(), method.getTypeAsString(),
                            method.getParameters()
                                .stream()
                                .map(parameter -> new JavaInterface.Parameter(parameter.getNameAsString(),
                                        parameter.getTypeAsString()))
                                .toList()));
                }
            }
            return new JavaInterface(type, imports(unit, type), methods);
        }));
    }

    /**
     * What a file using the type's signatures must import: the type's own imports and
     * package.
     */
    List<String> importsFor(String type) {
        return parse(type).map(unit -> imports(unit, type)).orElse(List.of(packageOf(type) + ".*"));
    }

    /** Whether the type is a class (not an interface, record or enum). */
    boolean isClass(String type) {
        return parse(type).flatMap(unit -> unit.getClassByName(simpleName(type)))
            .map(ClassOrInterfaceDeclaration::isInterface)
            .map(isInterface -> !isInterface)
            .orElse(false);
    }

    private static List<String> imports(CompilationUnit unit, String type) {
        List<String> imports = new ArrayList<>();
        imports.add(packageOf(type) + ".*");
        for (ImportDeclaration declaration : unit.getImports()) {
            if (!declaration.isStatic()) {
                imports.add(declaration.getNameAsString() + (declaration.isAsterisk() ? ".*" : ""));
            }
        }
        return imports;
    }

    private Optional<CompilationUnit> parse(String type) {
        return source(type).flatMap(text -> {
            try {
                return Optional.of(StaticJavaParser.parse(text));
            }
            catch (ParseProblemException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<String> source(String type) {
        Path file = sourceRoot.resolve(type.replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

}
