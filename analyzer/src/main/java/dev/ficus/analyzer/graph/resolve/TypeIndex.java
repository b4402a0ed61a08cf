package dev.ficus.analyzer.graph.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.ficus.analyzer.graph.syntax.Declarations;
import dev.ficus.analyzer.source.ParsedFile;
import dev.ficus.analyzer.source.TopLevelType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All types declared in the analysed sources, by fully qualified name (nested types as
 * {@code Outer.Inner}), with the top-level type each one folds into and the analysed
 * supertypes of each. Lookups are cheap and thread-safe: this is what lets the graph
 * stage skip the symbol solver for most names.
 */
public final class TypeIndex {

    private final Map<String, TypeDeclaration<?>> declarations;

    private final Map<String, String> topLevelOf;

    private final Map<String, ParsedFile> files;

    private final Map<CompilationUnit, FileScope> scopes;

    private final Map<String, List<String>> supertypes = new ConcurrentHashMap<>();

    private final Map<String, List<String>> hierarchies = new ConcurrentHashMap<>();

    private final Set<String> methodNames;

    private static final Set<String> ENUM_METHODS = Set.of("values", "valueOf", "name", "ordinal", "compareTo",
            "getDeclaringClass", "describeConstable");

    private TypeIndex(Map<String, TypeDeclaration<?>> declarations, Map<String, String> topLevelOf,
            Map<String, ParsedFile> files, List<ParsedFile> parsed, Set<String> methodNames) {
        this.declarations = declarations;
        this.methodNames = methodNames;
        this.topLevelOf = topLevelOf;
        this.files = files;
        Map<CompilationUnit, FileScope> byUnit = new IdentityHashMap<>();
        parsed.forEach(file -> byUnit.put(file.unit(), new FileScope(file.unit(), this)));
        this.scopes = byUnit;
    }

    /**
     * Indexes the files; when two files declare the same type, the first in path order
     * wins.
     */
    public static TypeIndex of(List<ParsedFile> parsed) {
        Map<String, TypeDeclaration<?>> declarations = new HashMap<>();
        Map<String, String> topLevelOf = new HashMap<>();
        Map<String, ParsedFile> files = new TreeMap<>();
        Set<String> methodNames = new HashSet<>();
        for (ParsedFile file : parsed) {
            for (TopLevelType top : file.topLevelTypes()) {
                Optional<String> topName = top.declaration().getFullyQualifiedName();
                if (topName.isEmpty() || declarations.containsKey(topName.get())) {
                    continue;
                }
                files.put(topName.get(), file);
                for (TypeDeclaration<?> type : top.types()) {
                    type.getFullyQualifiedName().ifPresent(name -> {
                        declarations.putIfAbsent(name, type);
                        topLevelOf.putIfAbsent(name, topName.get());
                    });
                    if (type instanceof EnumDeclaration) {
                        methodNames.addAll(ENUM_METHODS);
                    }
                }
                methodNames.addAll(top.methodNames());
            }
        }
        return new TypeIndex(Map.copyOf(declarations), Map.copyOf(topLevelOf), files, parsed, Set.copyOf(methodNames));
    }

    /**
     * Whether some analysed type declares a method of this name (record accessors and the
     * implicit methods of enums included). A call of any other name can only reach
     * library code, with no need to ask the symbol solver which library method it is.
     */
    boolean declaresMethodNamed(String name) {
        return methodNames.contains(name);
    }

    boolean contains(String name) {
        return declarations.containsKey(name);
    }

    public Optional<TypeDeclaration<?>> declaration(String name) {
        return Optional.ofNullable(declarations.get(name));
    }

    /** The top-level type a (possibly nested) analysed type folds into. */
    public Optional<String> topLevel(String name) {
        return Optional.ofNullable(topLevelOf.get(name));
    }

    /** Top-level types and the files declaring them, sorted by name. */
    public Map<String, ParsedFile> topLevelFiles() {
        return files;
    }

    public FileScope scope(CompilationUnit unit) {
        return Objects.requireNonNull(scopes.get(unit), "not an analysed file");
    }

    /** The name-resolution scope of the file a node is in. */
    FileScope scopeOf(Node node) {
        return node.findCompilationUnit().map(scopes::get).orElseThrow();
    }

    /** The analysed types a type directly extends or implements. */
    List<String> supertypes(String name) {
        List<String> known = supertypes.get(name);
        if (known != null) {
            return known;
        }
        List<String> computed = declaration(name).map(this::directSupertypes).orElse(List.of());
        supertypes.putIfAbsent(name, computed);
        return computed;
    }

    /**
     * True when a type extends or implements something outside the analysed code (other
     * than Object).
     */
    boolean hasExternalSupertype(String name) {
        return declaration(name).map(type -> declaredSupertypes(type).size() > supertypes(name).size()).orElse(false);
    }

    /** The type and its analysed supertypes, breadth first, each once. */
    List<String> hierarchy(String name) {
        List<String> known = hierarchies.get(name);
        if (known == null) {
            known = computeHierarchy(name);
            hierarchies.putIfAbsent(name, known);
        }
        return known;
    }

    private List<String> computeHierarchy(String name) {
        List<String> result = new ArrayList<>();
        result.add(name);
        for (int i = 0; i < result.size() && i < 64; i++) {
            for (String supertype : supertypes(result.get(i))) {
                if (!result.contains(supertype)) {
                    result.add(supertype);
                }
            }
        }
        return List.copyOf(result);
    }

    private List<String> directSupertypes(TypeDeclaration<?> type) {
        FileScope scope = scopeOf(type);
        List<String> result = new ArrayList<>();
        for (ClassOrInterfaceType supertype : declaredSupertypes(type)) {
            scope.resolve(supertype.getNameWithScope(), type.getParentNode().orElse(type)).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    public static List<ClassOrInterfaceType> declaredSupertypes(TypeDeclaration<?> type) {
        return Declarations.supertypes(type);
    }

}
