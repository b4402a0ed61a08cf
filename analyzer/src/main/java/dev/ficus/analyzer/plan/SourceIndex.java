package dev.ficus.analyzer.plan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.source.ParsedFile;
import dev.ficus.analyzer.source.ParsedSources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds parsed files by path and top-level types by qualified name, for reading call sites and entities. */
final class SourceIndex {

    private final Map<String, CompilationUnit> filesByPath = new HashMap<>();
    private final Map<String, TypeDeclaration<?>> typesByName = new HashMap<>();
    private final List<ParsedFile> files;

    SourceIndex(ParsedSources sources) {
        this.files = sources.parsedFiles();
        for (ParsedFile file : files) {
            filesByPath.put(file.file(), file.unit());
            for (TypeDeclaration<?> type : file.unit().getTypes()) {
                type.getFullyQualifiedName().ifPresent(name -> typesByName.put(name, type));
            }
        }
    }

    List<ParsedFile> files() {
        return files;
    }

    Optional<CompilationUnit> file(String path) {
        return Optional.ofNullable(filesByPath.get(path));
    }

    Optional<TypeDeclaration<?>> type(String qualifiedName) {
        return Optional.ofNullable(typesByName.get(qualifiedName));
    }

    /** A type named {@code simpleName}, preferring one in {@code preferredPackage}, then the first by name. */
    Optional<TypeDeclaration<?>> typeBySimpleName(String simpleName, String preferredPackage) {
        TypeDeclaration<?> preferred = typesByName.get(preferredPackage + "." + simpleName);
        if (preferred != null) {
            return Optional.of(preferred);
        }
        return typesByName.entrySet().stream().filter(e -> Names.simpleName(e.getKey()).equals(simpleName))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).findFirst();
    }
}
