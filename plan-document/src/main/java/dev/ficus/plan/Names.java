package dev.ficus.plan;

import java.util.Locale;

/**
 * Turns candidate, type and method names into the identifiers and paths a plan proposes,
 * so that every reader of a plan names a candidate's service the same way.
 */
public final class Names {

    private Names() {
    }

    /**
     * {@code "order-management"} → {@code "ordermanagement"}: a lower-case Java
     * identifier.
     */
    public static String identifier(String name) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return letters.isEmpty() || Character.isDigit(letters.charAt(0)) ? "x" + letters : letters;
    }

    /** {@code "findProductById"} → {@code "find-product-by-id"}. */
    public static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code "order-management"} or {@code "findProduct"} → {@code "OrderManagement"},
     * {@code "FindProduct"}.
     */
    public static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.isEmpty() ? "X" : out.toString();
    }

    public static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

}
