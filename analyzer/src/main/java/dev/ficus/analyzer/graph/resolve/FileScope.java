package dev.ficus.analyzer.graph.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import dev.ficus.analyzer.graph.entrypoints.Imports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves type names the way the compiler does for one file (enclosing and inherited
 * member types, single imports, the package, on-demand imports), but only against the
 * analysed types: a name that is not an analysed type resolves to nothing, and that is
 * all the graph needs to know about it.
 */
public final class FileScope implements Imports {

    private final TypeIndex index;

    private final String packagePrefix;

    private final Map<String, String> singleImports = new HashMap<>();

    private final List<String> onDemandImports = new ArrayList<>();

    private final Map<String, String> staticImports = new HashMap<>();

    private final List<String> staticOnDemandImports = new ArrayList<>();

    FileScope(CompilationUnit unit, TypeIndex index) {
        this.index = index;
        this.packagePrefix = unit.getPackageDeclaration()
            .map(PackageDeclaration::getNameAsString)
            .map(name -> name + ".")
            .orElse("");
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (declaration.isStatic() && declaration.isAsterisk()) {
                staticOnDemandImports.add(name);
            }
            else if (declaration.isStatic()) {
                int dot = name.lastIndexOf('.');
                staticImports.put(name.substring(dot + 1), name.substring(0, Math.max(dot, 0)));
            }
            else if (declaration.isAsterisk()) {
                onDemandImports.add(name);
            }
            else {
                singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    /**
     * The analysed type a (simple or qualified) type name denotes at a place in this
     * file.
     */
    public Optional<String> resolve(String name, Node context) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            if (index.contains(name)) {
                return Optional.of(name);
            }
            return resolveSimple(name.substring(0, dot), context).map(outer -> outer + name.substring(dot))
                .filter(index::contains);
        }
        return resolveSimple(name, context);
    }

    /**
     * The name a type is known by even when it is not analysed: the analysed name, else
     * the imported name, else the name as written. Used to match event types published
     * and listened to across files.
     */
    public String qualify(String name, Node context) {
        return resolve(name, context).orElseGet(() -> {
            int dot = name.indexOf('.');
            String first = dot < 0 ? name : name.substring(0, dot);
            String imported = singleImports.get(first);
            return imported == null ? name : imported + (dot < 0 ? "" : name.substring(dot));
        });
    }

    /**
     * The analysed type a single static import names as the owner of a member (method or
     * field).
     */
    Optional<String> staticImportOwner(String member) {
        return Optional.ofNullable(staticImports.get(member)).filter(index::contains);
    }

    /**
     * Analysed types whose static members are all imported ({@code import static a.B.*}).
     */
    List<String> staticOnDemandTypes() {
        return staticOnDemandImports.stream().filter(index::contains).toList();
    }

    boolean importsStatically(String member) {
        return staticImports.containsKey(member);
    }

    /** The fully qualified name of an import for a simple name, analysed or not. */
    @Override
    public Optional<String> importedName(String simpleName) {
        return Optional.ofNullable(singleImports.get(simpleName));
    }

    @Override
    public boolean importsPackage(String packageName) {
        return onDemandImports.contains(packageName);
    }

    private Optional<String> resolveSimple(String name, Node context) {
        for (Node node = context; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof NodeWithTypeParameters<?> generic && declaresTypeParameter(generic, name)
                    && (node instanceof CallableDeclaration<?> || node instanceof TypeDeclaration<?>)) {
                return Optional.empty();
            }
            if (node instanceof TypeDeclaration<?> type) {
                Optional<String> member = memberType(type, name);
                if (member.isPresent()) {
                    return member;
                }
            }
        }
        String imported = singleImports.get(name);
        if (imported != null) {
            return Optional.of(imported).filter(index::contains);
        }
        String samePackage = packagePrefix + name;
        if (index.contains(samePackage)) {
            return Optional.of(samePackage);
        }
        for (String onDemand : onDemandImports) {
            String candidate = onDemand + "." + name;
            if (index.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<String> memberType(TypeDeclaration<?> type, String name) {
        Optional<String> own = type.getFullyQualifiedName();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        if (type.getNameAsString().equals(name)) {
            return own;
        }
        for (String candidate : index.hierarchy(own.get())) {
            String member = candidate + "." + name;
            if (index.contains(member)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    private static boolean declaresTypeParameter(NodeWithTypeParameters<?> generic, String name) {
        return generic.getTypeParameters().stream().anyMatch(parameter -> parameter.getNameAsString().equals(name));
    }

}
