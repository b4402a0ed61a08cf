package dev.ficus.analyzer.source;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The profiles a Spring Boot application's own settings make active when it starts
 * without arguments, in the order Spring Boot applies them: those
 * {@code spring.profiles.include} names in any file, then those
 * {@code spring.profiles.active} names, else its default profile; each followed by the
 * members of its {@code spring.profiles.group}.
 */
final class ActiveProfiles {

    /**
     * A profile name; a value Maven fills in when it builds ({@code @profiles.active@})
     * is none.
     */
    private static final Pattern NAME = Pattern.compile("(?U)[\\w.+\\-]+");

    private ActiveProfiles() {
    }

    /**
     * @param documents the documents of the application's settings files that apply
     * whatever the profiles, lowest precedence first
     */
    static Set<String> of(List<SettingsDocument> documents) {
        Map<String, String> merged = new TreeMap<>();
        documents.forEach(document -> document.mergeInto(merged));
        Placeholders placeholders = new Placeholders(merged);
        Set<String> named = new LinkedHashSet<>();
        documents.forEach(document -> named.addAll(names(document.values(), "spring.profiles.include", placeholders)));
        named.addAll(names(merged, "spring.profiles.active", placeholders));
        if (named.isEmpty()) {
            List<String> defaults = names(merged, "spring.profiles.default", placeholders);
            named.addAll(defaults.isEmpty() ? List.of("default") : defaults);
        }
        Set<String> profiles = new LinkedHashSet<>();
        named.forEach(profile -> expand(profile, merged, placeholders, profiles));
        return profiles;
    }

    private static void expand(String profile, Map<String, String> merged, Placeholders placeholders,
            Set<String> into) {
        if (into.add(profile)) {
            names(merged, "spring.profiles.group." + profile, placeholders)
                .forEach(member -> expand(member, merged, placeholders, into));
        }
    }

    /**
     * The profile names a setting gives, as one value separated by commas or as a list.
     */
    private static List<String> names(Map<String, String> values, String key, Placeholders placeholders) {
        return new TreeMap<>(values).entrySet()
            .stream()
            .filter(entry -> entry.getKey().equals(key) || entry.getKey().startsWith(key + "["))
            .flatMap(entry -> Arrays.stream(placeholders.resolve(entry.getValue()).split(",")))
            .map(String::strip)
            .filter(name -> NAME.matcher(name).matches() && !name.contains(".."))
            .toList();
    }

}
