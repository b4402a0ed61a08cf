package dev.ficus.analyzer.graph.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.source.ParsedFile;
import dev.ficus.analyzer.source.ParsedSources;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds parsed files by path and types by qualified name, for reading call sites,
 * entities and events.
 */
public final class SourceIndex {

    private final Map<String, CompilationUnit> filesByPath = new HashMap<>();

    private final Map<String, TypeDeclaration<?>> typesByName = new HashMap<>();

    private final Map<String, TypeDeclaration<?>> nestedByName = new HashMap<>();

    private final Map<CompilationUnit, String> pathsByFile = new IdentityHashMap<>();

    private final List<ParsedFile> files;

    private final Path root;

    public SourceIndex(ParsedSources sources) {
        this.files = sources.parsedFiles();
        this.root = sources.root();
        for (ParsedFile file : files) {
            filesByPath.put(file.file(), file.unit());
            pathsByFile.put(file.unit(), file.file());
            for (TypeDeclaration<?> type : file.unit().getTypes()) {
                type.getFullyQualifiedName().ifPresent(name -> typesByName.put(name, type));
            }
            file.topLevelTypes()
                .stream()
                .flatMap(top -> top.types().stream())
                .filter(TypeDeclaration::isNestedType)
                .forEach(type -> type.getFullyQualifiedName().ifPresent(name -> nestedByName.put(name, type)));
        }
    }

    public List<ParsedFile> files() {
        return files;
    }

    /** The file a parsed unit came from, on disk. */
    public Optional<Path> pathOf(CompilationUnit unit) {
        return Optional.ofNullable(pathsByFile.get(unit)).map(root::resolve);
    }

    public Optional<CompilationUnit> file(String path) {
        return Optional.ofNullable(filesByPath.get(path));
    }

    /** A top-level type, or a nested one by its canonical name ({@code Outer.Inner}). */
    public Optional<TypeDeclaration<?>> type(String qualifiedName) {
        TypeDeclaration<?> type = typesByName.get(qualifiedName);
        return Optional.ofNullable(type != null ? type : nestedByName.get(qualifiedName));
    }

    /** The canonical names of the nested types of the analysed sources. */
    public Set<String> nestedTypeNames() {
        return Collections.unmodifiableSet(nestedByName.keySet());
    }

    /**
     * A type named {@code simpleName}, preferring one in {@code preferredPackage}, then
     * the first by name.
     */
    public Optional<TypeDeclaration<?>> typeBySimpleName(String simpleName, String preferredPackage) {
        TypeDeclaration<?> preferred = typesByName.get(preferredPackage + "." + simpleName);
        if (preferred != null) {
            return Optional.of(preferred);
        }
        return typesByName.entrySet()
            .stream()
            .filter(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1).equals(simpleName))
            .sorted(Map.Entry.comparingByKey())
            .map(Map.Entry::getValue)
            .findFirst();
    }

}
