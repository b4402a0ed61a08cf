package dev.ficus.analyzer.extract;

import java.util.List;

/**
 * An interface of the monolith an adapter implements over HTTP.
 *
 * @param type its fully qualified name
 * @param imports what a file using its signatures imports (its own imports and package)
 * @param methods its abstract methods, in declaration order
 */
record JavaInterface(String type, List<String> imports, List<Method> methods) {

    JavaInterface {
        imports = List.copyOf(imports);
        methods = List.copyOf(methods);
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
     */
    record Method(String name, String returnType, List<Parameter> parameters) {

        Method {
            parameters = List.copyOf(parameters);
        }

        /** The method's signature as an implementation declares it. */
        String signature() {
            return returnType + " " + name + "("
                    + String.join(", ", parameters.stream().map(p -> p.type() + " " + p.name()).toList()) + ")";
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
