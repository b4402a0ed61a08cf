package dev.ficus.analyzer.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a setting's value needs of the other settings, read as Spring resolves its
 * {@code ${name}} and {@code ${name:default}} placeholders (nested defaults,
 * {@code \${escaped}}), and settings' keys compared as Spring Boot binds them
 * ({@code contextPath}, {@code context-path} and {@code context_path} are one setting).
 */
final class SettingReferences {

    /**
     * What any application has without a settings file naming it: Spring Boot's
     * {@code random.*} and the JVM's system properties.
     */
    private static final Pattern IMPLICIT = Pattern.compile("random\\..+|java\\.[\\w.]+|user\\.(home|dir|name)"
            + "|os\\.(name|arch|version)|file\\.(separator|encoding)|line\\.separator|path\\.separator");

    /** A name Spring Boot matches to a key in any of its forms: lower-case kebab. */
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9.\\-\\[\\]]+");

    private SettingReferences() {
    }

    /**
     * Whether each placeholder of the value names a setting among {@code known} or one
     * every application has, or gives a default that is itself resolvable. A name in
     * lower-case kebab form finds a key in any form, another only the key as written.
     */
    static boolean resolvable(String value, Set<String> known) {
        Set<String> canonical = new HashSet<>();
        known.forEach(key -> canonical.add(canonical(key)));
        return resolvable(value, known, canonical);
    }

    private static boolean resolvable(String value, Set<String> known, Set<String> canonical) {
        int at = 0;
        for (int start = value.indexOf("${"); start >= 0; start = value.indexOf("${", at)) {
            at = start + 2;
            if (start > 0 && value.charAt(start - 1) == '\\') {
                continue;
            }
            int end = closing(value, at);
            if (end < 0) {
                return false;
            }
            String inner = value.substring(at, end);
            int colon = topLevelColon(inner);
            String name = (colon < 0 ? inner : inner.substring(0, colon)).strip();
            boolean named = IMPLICIT.matcher(name).matches() || known.contains(name)
                    || KEBAB.matcher(name).matches() && canonical.contains(canonical(name));
            if (!named && (colon < 0 || !resolvable(inner.substring(colon + 1), known, canonical))) {
                return false;
            }
            at = end + 1;
        }
        return true;
    }

    /** A key as Spring Boot compares keys: lower case, without dashes or underscores. */
    static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Whether the key is the setting, or one below it. */
    static boolean within(String key, String setting) {
        String canonicalKey = canonical(key);
        String canonicalSetting = canonical(setting);
        return canonicalKey.equals(canonicalSetting) || canonicalKey.startsWith(canonicalSetting + ".")
                || canonicalKey.startsWith(canonicalSetting + "[");
    }

    /** The index of the brace closing a placeholder opened before {@code from}, or -1. */
    private static int closing(String text, int from) {
        int open = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                open++;
                i++;
            }
            else if (text.charAt(i) == '}' && --open == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int topLevelColon(String inner) {
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            if (inner.startsWith("${", i)) {
                depth++;
                i++;
            }
            else if (inner.charAt(i) == '}') {
                depth--;
            }
            else if (inner.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

}
