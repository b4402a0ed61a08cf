package dev.ficus.analyzer.extract;

import java.util.List;
import java.util.Optional;

/**
 * An interface of the monolith an adapter implements over HTTP, or a class it subclasses
 * to the same end.
 *
 * @param type its fully qualified name
 * @param imports what a file using its signatures imports (its own imports and package)
 * @param methods its abstract methods, in declaration order; a class's public methods a
 * subclass can override
 * @param superclass for a class, the parameter types of the constructor a subclass calls
 * (with nothing: the class's dependencies live in the other process); empty for an
 * interface
 */
record JavaInterface(String type, List<String> imports, List<Method> methods, Optional<List<String>> superclass) {

    JavaInterface {
        imports = List.copyOf(imports);
        methods = List.copyOf(methods);
        superclass = superclass.map(List::copyOf);
    }

    JavaInterface(String type, List<String> imports, List<Method> methods) {
        this(type, imports, methods, Optional.empty());
    }

    boolean isClass() {
        return superclass.isPresent();
    }

    String simpleName() {
        return MonolithCode.simpleName(type);
    }

    /**
     * An abstract method.
     *
     * @param name its name
     * @param returnType the return type as written
     * @param parameters its parameters as written
     * @param typeParameters its own type parameters as written, empty when it is not
     * generic
     */
    record Method(String name, String returnType, List<Parameter> parameters, List<String> typeParameters) {

        Method {
            parameters = List.copyOf(parameters);
            typeParameters = List.copyOf(typeParameters);
        }

        /** The method's signature as an implementation declares it. */
        String signature() {
            return (isGeneric() ? "<" + String.join(", ", typeParameters) + "> " : "") + returnType + " " + name + "("
                    + String.join(", ", parameters.stream().map(p -> p.type() + " " + p.name()).toList()) + ")";
        }

        boolean isGeneric() {
            return !typeParameters.isEmpty();
        }

        /**
         * {@code equals(Object)}, {@code hashCode()} or {@code toString()}: Spring, logs
         * and collections call them on any bean, so a client keeps the class's own (or
         * Object's) rather than refusing them.
         */
        boolean isObjects() {
            List<String> types = parameters.stream().map(p -> p.type().replaceFirst("^java\\.lang\\.", "")).toList();
            return name.equals("equals") && types.equals(List.of("Object"))
                    || (name.equals("hashCode") || name.equals("toString")) && types.isEmpty();
        }

        /**
         * The parameter that says which class the answer is, when the method returns one
         * of its own type variables and takes its {@code Class}: {@code type} of
         * {@code <R> R convert(Order order, Class<R> type)}. The answer is read as that
         * class, not as the variable's bound (a map, for {@code Object}).
         */
        Optional<String> answerClass() {
            boolean ownVariable = typeParameters.stream()
                .map(parameter -> parameter.split("\\s+")[0])
                .anyMatch(returnType::equals);
            return parameters.stream()
                .filter(parameter -> ownVariable
                        && List.of("Class<" + returnType + ">", "Class<?extends" + returnType + ">")
                            .contains(parameter.type().replace(" ", "").replaceFirst("^java\\.lang\\.", "")))
                .map(Parameter::name)
                .findFirst();
        }
    }

    /**
     * A parameter.
     *
     * @param name its name
     * @param type its type as written
     */
    record Parameter(String name, String type) {
    }
}
