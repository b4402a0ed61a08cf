package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.CalledType;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a client implementing an interface must implement: the abstract methods it
 * declares, then those of the interfaces it extends that the analysed sources declare,
 * with the type arguments it extends them with put in ({@code OrderStore extends
 * Store<Order, Long>} implements {@code Order find(Long id)}); a method a nearer
 * interface declares again, abstract or default, counts once, as the nearer one. An
 * interface it extends that the sources do not declare (a library's) is named, since its
 * methods cannot be listed.
 *
 * @param methods the abstract methods, nearest interface first, each in declaration order
 * @param imports the non-static imports of the inherited interfaces' files (with their
 * packages), which their signatures may use
 * @param undeclaredSupertypes the extended interfaces the sources do not declare, as
 * written, type arguments put in
 */
record InheritedMethods(List<CalledType.Method> methods, List<String> imports, List<String> undeclaredSupertypes) {

    /**
     * Interfaces of the JDK that declare no method, which any client implements as is.
     */
    private static final Set<String> METHODLESS_JDK_INTERFACES = Set.of("Serializable", "java.io.Serializable",
            "Cloneable", "java.lang.Cloneable", "java.util.EventListener", "java.util.RandomAccess", "java.rmi.Remote");

    static InheritedMethods of(ClassOrInterfaceDeclaration type, SourceIndex index) {
        Walk walk = new Walk(index);
        walk.visit(type);
        return new InheritedMethods(List.copyOf(walk.methods), List.copyOf(walk.imports), List.copyOf(walk.undeclared));
    }

    private static final class Walk {

        private final SourceIndex index;

        private final List<CalledType.Method> methods = new ArrayList<>();

        private final Set<String> signatures = new HashSet<>();

        private final Set<String> imports = new LinkedHashSet<>();

        private final Set<String> undeclared = new LinkedHashSet<>();

        private final Set<String> visited = new HashSet<>();

        Walk(SourceIndex index) {
            this.index = index;
        }

        void visit(ClassOrInterfaceDeclaration root) {
            Deque<Map.Entry<ClassOrInterfaceDeclaration, Map<String, String>>> nearestFirst = new ArrayDeque<>();
            nearestFirst.add(Map.entry(root, Map.of()));
            visited.add(root.getFullyQualifiedName().orElse(root.getNameAsString()));
            while (!nearestFirst.isEmpty()) {
                Map.Entry<ClassOrInterfaceDeclaration, Map<String, String>> next = nearestFirst.removeFirst();
                addMethods(next.getKey(), next.getValue());
                for (ClassOrInterfaceType extended : next.getKey().getExtendedTypes()) {
                    Optional<ClassOrInterfaceDeclaration> declared = declaration(extended, next.getKey());
                    if (declared.isEmpty()) {
                        if (!METHODLESS_JDK_INTERFACES.contains(extended.getNameWithScope())) {
                            undeclared.add(substitute(extended.asString(), next.getValue()));
                        }
                    }
                    else if (visited.add(declared.get().getFullyQualifiedName().orElse(extended.asString()))) {
                        nearestFirst
                            .add(Map.entry(declared.get(), typeArguments(declared.get(), extended, next.getValue())));
                    }
                }
            }
        }

        /**
         * The type's abstract methods a nearer interface did not declare again; a static
         * or private method is inherited by no one.
         */
        private void addMethods(ClassOrInterfaceDeclaration type, Map<String, String> arguments) {
            for (MethodDeclaration method : type.getMethods()) {
                if (method.isStatic() || method.isPrivate()) {
                    continue;
                }
                Map<String, String> bound = new LinkedHashMap<>(arguments);
                method.getTypeParameters().forEach(own -> bound.remove(own.getNameAsString()));
                List<AnalysisDocument.Field> parameters = method.getParameters()
                    .stream()
                    .map(parameter -> new AnalysisDocument.Field(parameter.getNameAsString(),
                            substitute(parameter.getTypeAsString(), bound) + (parameter.isVarArgs() ? "..." : "")))
                    .toList();
                String signature = method.getNameAsString() + parameters.stream()
                    .map(parameter -> erased(parameter.type()))
                    .collect(Collectors.joining(",", "(", ")"));
                if (signatures.add(signature) && method.getBody().isEmpty()) {
                    methods.add(new CalledType.Method(method.getNameAsString(),
                            substitute(method.getTypeAsString(), bound), parameters));
                }
            }
        }

        /**
         * The interface the sources declare under the extended type's name, its file's
         * imports kept for the signatures that use them.
         */
        private Optional<ClassOrInterfaceDeclaration> declaration(ClassOrInterfaceType extended,
                ClassOrInterfaceDeclaration user) {
            return qualifiedName(extended, user).flatMap(name -> index.type(name).map(found -> Map.entry(name, found)))
                .filter(found -> found.getValue() instanceof ClassOrInterfaceDeclaration named && named.isInterface())
                .map(found -> {
                    found.getValue()
                        .findCompilationUnit()
                        .ifPresent(unit -> imports.addAll(DeclaredContracts.imports(unit, found.getKey())));
                    return (ClassOrInterfaceDeclaration) found.getValue();
                });
        }

        /**
         * A parameter type as overriding compares it: without type arguments and
         * qualification ({@code java.lang.Long} and {@code Long} alike).
         */
        private static String erased(String type) {
            String erased = type;
            String previous;
            do {
                previous = erased;
                erased = erased.replaceAll("<[^<>]*>", "");
            }
            while (!erased.equals(previous));
            return erased.replaceAll("(?:[\\w$]+\\.)+([\\w$]+)", "$1").replace("...", "[]").replace(" ", "");
        }

        /**
         * The extended interface's type variables bound to the arguments given,
         * themselves in terms of the implementing type's; none for a raw use.
         */
        private static Map<String, String> typeArguments(ClassOrInterfaceDeclaration declared,
                ClassOrInterfaceType extended, Map<String, String> arguments) {
            List<Type> given = extended.getTypeArguments().map(List::copyOf).orElse(List.of());
            List<TypeParameter> variables = declared.getTypeParameters();
            Map<String, String> bound = new LinkedHashMap<>();
            for (int i = 0; i < variables.size(); i++) {
                bound.put(variables.get(i).getNameAsString(),
                        i < given.size() ? substitute(given.get(i).asString(), arguments) : "Object");
            }
            return bound;
        }

        /**
         * The fully qualified name the file of {@code user} gives a type name: as
         * written, by a single-type import, in the same package, or by an on-demand
         * import the sources declare it under.
         */
        private Optional<String> qualifiedName(ClassOrInterfaceType extended, ClassOrInterfaceDeclaration user) {
            String written = extended.getNameWithScope();
            if (index.type(written).isPresent()) {
                return Optional.of(written);
            }
            List<ImportDeclaration> fileImports = user.findCompilationUnit()
                .map(CompilationUnit::getImports)
                .<List<ImportDeclaration>>map(List::copyOf)
                .orElse(List.of());
            String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
            String rest = written.substring(first.length());
            for (ImportDeclaration declaration : fileImports) {
                if (!declaration.isStatic() && !declaration.isAsterisk()
                        && declaration.getName().getIdentifier().equals(first)) {
                    return Optional.of(declaration.getNameAsString() + rest);
                }
            }
            List<String> packages = new ArrayList<>();
            packages.add(user.findCompilationUnit()
                .flatMap(CompilationUnit::getPackageDeclaration)
                .map(declaration -> declaration.getNameAsString())
                .orElse(""));
            fileImports.stream()
                .filter(declaration -> !declaration.isStatic() && declaration.isAsterisk())
                .forEach(declaration -> packages.add(declaration.getNameAsString()));
            return packages.stream()
                .map(packageName -> packageName.isEmpty() ? written : packageName + "." + written)
                .filter(name -> index.type(name).isPresent())
                .findFirst();
        }

        /** {@code written} with each type variable replaced by its argument. */
        private static String substitute(String written, Map<String, String> arguments) {
            if (arguments.isEmpty()) {
                return written;
            }
            Pattern variables = Pattern.compile("(?<![\\w$.])("
                    + arguments.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\w$])");
            return variables.matcher(written)
                .replaceAll(match -> Matcher.quoteReplacement(arguments.get(match.group(1))));
        }

    }

}
