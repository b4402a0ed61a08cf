package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A type of a generic method's signature as a caller that knows none of the method's own
 * type variables sees it, so that an endpoint and a request record can be written with
 * it: a variable that is the whole type is its first bound ({@code Object} when it has
 * none, the bound's raw type when the bound names an own variable itself); a variable
 * that is a type argument of the whole is a wildcard up to that bound
 * ({@code <S extends Order> List<S>} is {@code List<? extends Order>}, {@code <R>
 * Class<R>} is {@code Class<?>}); any other use ({@code Map<String, List<S>>},
 * {@code List<? super S>}) leaves the raw type, the only one both sides accept.
 */
final class OwnTypeVariables {

    private OwnTypeVariables() {
    }

    /**
     * @param written the type, the declaring type's variables already put in
     * @param substitute puts the declaring type's variables into a bound
     */
    static String erase(MethodDeclaration method, String written, UnaryOperator<String> substitute) {
        List<TypeParameter> own = method.getTypeParameters();
        if (own.isEmpty() || !mentions(written, own)) {
            return written;
        }
        Map<String, String> bounds = new LinkedHashMap<>();
        for (TypeParameter variable : own) {
            String bound = variable.getTypeBound().isEmpty() ? "Object"
                    : substitute.apply(variable.getTypeBound().get(0).asString());
            bounds.put(variable.getNameAsString(), mentions(bound, own) ? raw(bound) : bound);
        }
        String type = written.trim();
        String dimensions = type.replaceFirst("^[^\\[]*", "");
        String element = type.substring(0, type.length() - dimensions.length()).trim();
        if (bounds.containsKey(element)) {
            return bounds.get(element) + dimensions;
        }
        int open = element.indexOf('<');
        if (open < 0 || !element.endsWith(">") || !dimensions.isEmpty()) {
            return raw(type);
        }
        List<String> arguments = new ArrayList<>();
        for (String argument : topLevelArguments(element.substring(open + 1, element.length() - 1))) {
            String bound = bounds.get(argument.trim());
            arguments.add(bound == null ? argument.trim() : bound.equals("Object") ? "?" : "? extends " + bound);
        }
        String wildcards = element.substring(0, open) + "<" + String.join(", ", arguments) + ">";
        return mentions(wildcards, own) ? raw(type) : wildcards;
    }

    private static boolean mentions(String type, List<TypeParameter> own) {
        return own.stream()
            .anyMatch(variable -> Pattern
                .compile("(?U)(?<![\\w$.])" + Pattern.quote(variable.getNameAsString()) + "(?![\\w$])")
                .matcher(type)
                .find());
    }

    /** The type without its type arguments, at every depth. */
    private static String raw(String type) {
        StringBuilder raw = new StringBuilder();
        int depth = 0;
        for (char c : type.toCharArray()) {
            if (c == '<') {
                depth++;
            }
            else if (c == '>') {
                depth--;
            }
            else if (depth == 0) {
                raw.append(c);
            }
        }
        return raw.toString().trim();
    }

    private static List<String> topLevelArguments(String arguments) {
        List<String> split = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                split.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        split.add(arguments.substring(start));
        return split;
    }

}
