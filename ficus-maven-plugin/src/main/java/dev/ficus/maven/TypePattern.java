package dev.ficus.maven;

/**
 * A type name in a boundaries file: {@code com.shop.Catalog} names one type,
 * {@code com.shop.*} the types of one package, {@code com.shop.**} those of a package and
 * its sub-packages.
 *
 * @param text as written
 */
record TypePattern(String text) {

    TypePattern {
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty type name");
        }
    }

    boolean matches(String type) {
        if (text.endsWith(".**")) {
            return type.startsWith(text.substring(0, text.length() - 2));
        }
        if (text.endsWith(".*")) {
            String packageName = text.substring(0, text.length() - 2);
            return type.startsWith(packageName + ".") && type.indexOf('.', packageName.length() + 1) < 0;
        }
        return type.equals(text);
    }

    boolean isExact() {
        return !text.endsWith("*");
    }
}
