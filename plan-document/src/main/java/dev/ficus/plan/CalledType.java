package dev.ficus.plan;

import java.util.List;

/**
 * A type called across a candidate's boundary, as the code {@code ficus extract}
 * generates around the call needs it (from the analysis, which read it from the sources):
 * an endpoint calling its bean imports what its signatures use, and a client replacing an
 * interface over HTTP implements its abstract methods.
 *
 * @param type fully qualified name
 * @param kind {@code class}, {@code interface}, {@code enum}, {@code record} or
 * {@code annotation}
 * @param imports what a file using its signatures imports: its own package (as
 * {@code package.*}), then its file's non-static imports in file order, then those of the
 * declared interfaces it extends
 * @param methods for an interface, its abstract methods (neither default nor static) in
 * declaration order, then those it inherits from interfaces the analysed sources declare
 * (their type arguments put in); for a class, its public instance methods a subclass can
 * override, in declaration order
 * @param undeclaredSupertypes the interfaces it extends, as written, that the analysed
 * sources do not declare (a library's {@code BaseMapper<User>}): their methods are not in
 * {@code methods}, so no client can implement the type
 * @param subclassable for a class, whether a client can stand in for it as a subclass in
 * another package: public, top-level, not final, abstract or generic, with a public or
 * protected constructor (declared, Lombok's, or the default one)
 * @param constructorParameters for a subclassable class, the parameter types, as written,
 * of the constructor with the fewest parameters, which such a subclass calls with nothing
 */
public record CalledType(String type, String kind, List<String> imports, List<Method> methods,
        List<String> undeclaredSupertypes, boolean subclassable, List<String> constructorParameters) {

    public CalledType {
        imports = List.copyOf(imports);
        methods = List.copyOf(methods);
        undeclaredSupertypes = List.copyOf(undeclaredSupertypes);
        constructorParameters = constructorParameters == null ? List.of() : List.copyOf(constructorParameters);
    }

    /**
     * An abstract method, as the interface declares it.
     *
     * @param name its name
     * @param returnType the return type as written
     * @param parameters its parameters as written, in order
     * @param typeParameters its own type parameters as written ({@code S extends Order}),
     * in order; empty when it is not generic
     */
    public record Method(String name, String returnType, List<RemoteOperation.Field> parameters,
            List<String> typeParameters) {

        public Method {
            parameters = List.copyOf(parameters);
            typeParameters = typeParameters == null ? List.of() : List.copyOf(typeParameters);
        }
    }
}
