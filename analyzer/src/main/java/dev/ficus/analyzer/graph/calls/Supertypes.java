package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import dev.ficus.analyzer.graph.syntax.Declarations;
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
 * A type and the supertypes the analysed sources declare, nearest first, each with its
 * type variables bound to the arguments the type extends it with, in the type's own terms
 * ({@code OrderStore extends Store<Order, Long>} binds {@code T} to {@code Order} and
 * {@code ID} to {@code Long}); a raw use binds them to {@code Object}.
 *
 * @param nearestFirst the type itself (nothing bound), then its supertypes breadth first,
 * each once
 * @param imports the non-static imports of the supertypes' files (with their packages),
 * which their signatures may use
 * @param undeclared the supertypes the sources do not declare (a library's), as written,
 * type arguments put in
 */
record Supertypes(List<Bound> nearestFirst, List<String> imports, List<String> undeclared) {

    /** A type with its type variables' arguments. */
    record Bound(TypeDeclaration<?> type, Map<String, String> arguments) {

        Bound {
            arguments = Map.copyOf(arguments);
        }

        /**
         * The bindings a method's signature sees: the method's own type variables hide
         * the type's of the same name.
         */
        Bound seenBy(MethodDeclaration method) {
            Map<String, String> visible = new LinkedHashMap<>(arguments);
            method.getTypeParameters().forEach(own -> visible.remove(own.getNameAsString()));
            return new Bound(type, visible);
        }

        /** {@code written} with each of the type's variables replaced by its argument. */
        String substitute(String written) {
            return Supertypes.substitute(written, arguments);
        }

        /**
         * A type of the method's signature with the type's variables replaced by their
         * arguments, and the method's own as a caller that knows none of them sees them
         * ({@link OwnTypeVariables}).
         */
        String erased(MethodDeclaration method, String written) {
            Bound visible = seenBy(method);
            return OwnTypeVariables.erase(method, visible.substitute(written), visible::substitute);
        }

    }

    static Supertypes of(TypeDeclaration<?> root, SourceIndex index) {
        List<Bound> found = new ArrayList<>();
        Set<String> imports = new LinkedHashSet<>();
        Set<String> undeclared = new LinkedHashSet<>();
        Set<String> visited = new HashSet<>();
        Deque<Bound> next = new ArrayDeque<>();
        next.add(new Bound(root, Map.of()));
        visited.add(root.getFullyQualifiedName().orElse(root.getNameAsString()));
        while (!next.isEmpty()) {
            Bound bound = next.removeFirst();
            found.add(bound);
            for (ClassOrInterfaceType extended : Declarations.supertypes(bound.type())) {
                Optional<String> name = qualifiedName(extended, bound.type(), index);
                Optional<TypeDeclaration<?>> declared = name.flatMap(index::type);
                if (declared.isEmpty()) {
                    undeclared.add(bound.substitute(extended.asString()));
                }
                else if (visited.add(name.get())) {
                    declared.get()
                        .findCompilationUnit()
                        .ifPresent(unit -> imports.addAll(DeclaredContracts.imports(unit, name.get())));
                    next.add(new Bound(declared.get(), typeArguments(declared.get(), extended, bound.arguments())));
                }
            }
        }
        return new Supertypes(List.copyOf(found), List.copyOf(imports), List.copyOf(undeclared));
    }

    /**
     * The extended type's variables bound to the arguments given, themselves in terms of
     * the extending type's; {@code Object} for a raw use.
     */
    private static Map<String, String> typeArguments(TypeDeclaration<?> declared, ClassOrInterfaceType extended,
            Map<String, String> arguments) {
        List<Type> given = extended.getTypeArguments().map(List::copyOf).orElse(List.of());
        List<TypeParameter> variables = declared instanceof NodeWithTypeParameters<?> generic
                ? generic.getTypeParameters() : List.of();
        Map<String, String> bound = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            bound.put(variables.get(i).getNameAsString(),
                    i < given.size() ? substitute(given.get(i).asString(), arguments) : "Object");
        }
        return bound;
    }

    /**
     * The fully qualified name the file of {@code user} gives a type name: as written, by
     * a single-type import, in the same package, or by an on-demand import the sources
     * declare it under.
     */
    private static Optional<String> qualifiedName(ClassOrInterfaceType extended, TypeDeclaration<?> user,
            SourceIndex index) {
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
    static String substitute(String written, Map<String, String> arguments) {
        if (arguments.isEmpty()) {
            return written;
        }
        Pattern variables = Pattern.compile("(?U)(?<![\\w$.])("
                + arguments.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\w$])");
        return variables.matcher(written).replaceAll(match -> Matcher.quoteReplacement(arguments.get(match.group(1))));
    }

}
