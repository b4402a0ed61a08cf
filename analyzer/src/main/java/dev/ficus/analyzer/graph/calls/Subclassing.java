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
 * class's own dependencies live in the other process. Which classes allow it is
 * {@link StandInRules}'; the constructor is the one with the fewest parameters, declared
 * or made by Lombok ({@code @RequiredArgsConstructor}, {@code @AllArgsConstructor},
 * {@code @NoArgsConstructor}), or Java's default.
 *
 * @param constructorParameters the parameter types of that constructor, as written; empty
 * when none can be called
 * @param methods the public instance methods a subclass can override, in declaration
 * order
 */
record Subclassing(Optional<List<String>> constructorParameters, List<CalledType.Method> methods) {

    private static final List<String> LOMBOK_CONSTRUCTORS = List.of("NoArgsConstructor", "RequiredArgsConstructor",
            "AllArgsConstructor");

    private static final List<String> INACCESSIBLE_LOMBOK = List.of("PRIVATE", "PACKAGE", "MODULE", "NONE");

    static Subclassing of(ClassOrInterfaceDeclaration type) {
        Optional<List<String>> constructor = StandInRules.allowClass(type) ? constructor(type) : Optional.empty();
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
                .filter(StandInRules::allowConstructor)
                .min(Comparator.comparingInt(constructor -> constructor.getParameters().size()))
                .map(constructor -> constructor.getParameters()
                    .stream()
                    .map(parameter -> parameter.getTypeAsString() + (parameter.isVarArgs() ? "[]" : ""))
                    .toList());
        }
        if (LOMBOK_CONSTRUCTORS.stream().noneMatch(type::isAnnotationPresent)) {
            return Optional.of(List.of()); // Java's default
        }
        return List
            .of(lombok(type, "NoArgsConstructor", field -> false),
                    lombok(type, "RequiredArgsConstructor", Subclassing::required),
                    lombok(type, "AllArgsConstructor", field -> true))
            .stream()
            .flatMap(Optional::stream)
            .min(Comparator.comparingInt(List::size));
    }

    /**
     * The parameters of the constructor the Lombok annotation makes: the fields it takes,
     * in declaration order; empty when the class has no such annotation, makes it
     * inaccessible, or has it check a field for {@code null} (given nothing, it would
     * throw).
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
        List<FieldDeclaration> fields = type.getFields().stream().filter(field -> !field.isStatic()).toList();
        List<VariableDeclarator> taken = fields.stream()
            .flatMap(field -> field.getVariables()
                .stream()
                .filter(variable -> !(field.isFinal() && variable.getInitializer().isPresent()))
                .filter(takes))
            .toList();
        boolean checked = taken.stream()
            .anyMatch(variable -> variable.getParentNode()
                .filter(FieldDeclaration.class::isInstance)
                .map(field -> StandInRules.checkedForNull((FieldDeclaration) field))
                .orElse(false));
        return checked ? Optional.empty()
                : Optional.of(taken.stream().map(VariableDeclarator::getTypeAsString).toList());
    }

    /**
     * A field {@code @RequiredArgsConstructor} takes: final or {@code @NonNull}, unset.
     */
    private static boolean required(VariableDeclarator variable) {
        return variable.getInitializer().isEmpty() && variable.getParentNode()
            .filter(FieldDeclaration.class::isInstance)
            .map(FieldDeclaration.class::cast)
            .filter(field -> field.isFinal() || StandInRules.checkedForNull(field))
            .isPresent();
    }

}
