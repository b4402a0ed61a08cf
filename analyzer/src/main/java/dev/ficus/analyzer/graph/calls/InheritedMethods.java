package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.CalledType;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Supertypes supertypes = Supertypes.of(type, index);
        List<CalledType.Method> methods = new ArrayList<>();
        Set<String> signatures = new HashSet<>();
        for (Supertypes.Bound bound : supertypes.nearestFirst()) {
            for (MethodDeclaration method : bound.type().getMethods()) {
                // a static or private method is inherited by no one
                if (method.isStatic() || method.isPrivate()) {
                    continue;
                }
                Supertypes.Bound forMethod = bound.seenBy(method);
                List<AnalysisDocument.Field> parameters = method.getParameters()
                    .stream()
                    .map(parameter -> new AnalysisDocument.Field(parameter.getNameAsString(),
                            forMethod.substitute(parameter.getTypeAsString()) + (parameter.isVarArgs() ? "..." : "")))
                    .toList();
                String signature = method.getNameAsString() + parameters.stream()
                    .map(parameter -> erased(parameter.type()))
                    .collect(Collectors.joining(",", "(", ")"));
                if (signatures.add(signature) && method.getBody().isEmpty()) {
                    methods.add(new CalledType.Method(method.getNameAsString(),
                            forMethod.substitute(method.getTypeAsString()), parameters,
                            method.getTypeParameters()
                                .stream()
                                .map(own -> forMethod.substitute(own.toString()))
                                .toList()));
                }
            }
        }
        List<String> undeclared = supertypes.undeclared()
            .stream()
            .filter(written -> !METHODLESS_JDK_INTERFACES.contains(written))
            .toList();
        return new InheritedMethods(List.copyOf(methods), supertypes.imports(), undeclared);
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

}
