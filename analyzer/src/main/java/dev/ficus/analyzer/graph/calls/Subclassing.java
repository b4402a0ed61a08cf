package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.CalledType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How a client can stand in for a class: as a subclass in another package that overrides
 * the class's public methods and calls one of its constructors with nothing, since the
 * class's own dependencies live in the other process. That takes a public, top-level,
 * non-final, non-abstract, non-generic class with a public or protected constructor,
 * declared or made by Lombok ({@code @RequiredArgsConstructor},
 * {@code @AllArgsConstructor}, {@code @NoArgsConstructor}, {@code @Data}; not
 * {@code @Value}, which makes it final), or none declared at all.
 *
 * @param constructorParameters the parameter types of the constructor with the fewest
 * parameters, as written; empty when none can be called
 * @param methods the public instance methods a subclass can override, in declaration
 * order
 */
record Subclassing(Optional<List<String>> constructorParameters, List<CalledType.Method> methods) {

    private static final List<String> LOMBOK_CONSTRUCTORS = List.of("NoArgsConstructor", "RequiredArgsConstructor",
            "AllArgsConstructor");

    private static final List<String> INACCESSIBLE_LOMBOK = List.of("PRIVATE", "PACKAGE", "MODULE", "NONE");

    static Subclassing of(ClassOrInterfaceDeclaration type) {
        boolean subclassable = !type.isInterface() && type.isPublic() && !type.isFinal() && !type.isAbstract()
                && !type.isNestedType() && type.getTypeParameters().isEmpty() && !type.isAnnotationPresent("Value");
        Optional<List<String>> constructor = subclassable ? constructor(type) : Optional.empty();
        List<CalledType.Method> methods = type.getMethods()
            .stream()
            .filter(method -> method.isPublic() && !method.isStatic() && !method.isFinal())
            .map(Subclassing::method)
            .toList();
        return new Subclassing(constructor, methods);
    }

    private static CalledType.Method method(MethodDeclaration method) {
        return new CalledType.Method(method.getNameAsString(), method.getTypeAsString(),
                method.getParameters()
                    .stream()
                    .map(parameter -> new AnalysisDocument.Field(parameter.getNameAsString(),
                            parameter.getTypeAsString() + (parameter.isVarArgs() ? "..." : "")))
                    .toList(),
                method.getTypeParameters().stream().map(Object::toString).toList());
    }

    /** The parameter types of the callable constructor with the fewest parameters. */
    private static Optional<List<String>> constructor(ClassOrInterfaceDeclaration type) {
        List<ConstructorDeclaration> declared = type.getConstructors();
        if (!declared.isEmpty()) {
            return declared.stream()
                .filter(constructor -> constructor.isPublic() || constructor.isProtected())
                .min(Comparator.comparingInt(constructor -> constructor.getParameters().size()))
                .map(constructor -> constructor.getParameters()
                    .stream()
                    .map(parameter -> parameter.getTypeAsString() + (parameter.isVarArgs() ? "[]" : ""))
                    .toList());
        }
        List<Optional<List<String>>> lombok = List.of(lombok(type, "NoArgsConstructor", field -> false),
                lombok(type, "RequiredArgsConstructor", Subclassing::required),
                lombok(type, "AllArgsConstructor", field -> true));
        boolean lombokConstructor = LOMBOK_CONSTRUCTORS.stream().anyMatch(type::isAnnotationPresent);
        if (!lombokConstructor) {
            // @Data makes the required-arguments one, @Builder a package-private one;
            // else
            // Java's default
            return type.isAnnotationPresent("Builder") ? Optional.empty() : type.isAnnotationPresent("Data")
                    ? lombok(type, "Data", Subclassing::required) : Optional.of(List.of());
        }
        return lombok.stream().flatMap(Optional::stream).min(Comparator.comparingInt(List::size));
    }

    /**
     * The parameters of the constructor the Lombok annotation makes: the fields it takes,
     * in declaration order, empty when the class has no such annotation or makes it
     * inaccessible.
     */
    private static Optional<List<String>> lombok(ClassOrInterfaceDeclaration type, String annotation,
            Predicate<VariableDeclarator> takes) {
        Optional<AnnotationExpr> found = type.getAnnotationByName(annotation);
        if (found.isEmpty() || found.get()
            .findAll(MemberValuePair.class)
            .stream()
            .anyMatch(pair -> pair.getNameAsString().equals("staticName") || pair.getNameAsString().equals("access")
                    && INACCESSIBLE_LOMBOK.stream().anyMatch(level -> pair.getValue().toString().endsWith(level)))) {
            return Optional.empty();
        }
        return Optional.of(type.getFields()
            .stream()
            .filter(field -> !field.isStatic())
            .flatMap(field -> field.getVariables()
                .stream()
                .filter(variable -> !(field.isFinal() && variable.getInitializer().isPresent()))
                .filter(variable -> takes.test(variable)))
            .map(variable -> variable.getTypeAsString())
            .toList());
    }

    /**
     * A field {@code @RequiredArgsConstructor} takes: final or {@code @NonNull}, unset.
     */
    private static boolean required(VariableDeclarator variable) {
        return variable.getInitializer().isEmpty() && variable.getParentNode()
            .filter(FieldDeclaration.class::isInstance)
            .map(FieldDeclaration.class::cast)
            .filter(field -> field.isFinal() || field.isAnnotationPresent("NonNull")
                    || field.isAnnotationPresent("lombok.NonNull"))
            .isPresent();
    }

}
