package dev.ficus.gateway.shadow;

import dev.ficus.gateway.api.FieldDiff;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Structural comparison of two JSON documents, field by field.
 */
final class JsonDiff {

    private JsonDiff() {
    }

    /**
     * The fields whose values differ, in document order; a missing field differs from a
     * present one.
     */
    static List<FieldDiff> between(JsonNode monolith, JsonNode service) {
        List<FieldDiff> diffs = new ArrayList<>();
        compare("$", monolith, service, diffs);
        return diffs;
    }

    private static void compare(String path, @Nullable JsonNode left, @Nullable JsonNode right, List<FieldDiff> diffs) {
        if (left != null && right != null && left.isObject() && right.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            left.properties().stream().map(Map.Entry::getKey).forEach(names::add);
            right.properties().stream().map(Map.Entry::getKey).forEach(names::add);
            names.forEach(name -> compare(path + "." + name, left.get(name), right.get(name), diffs));
        }
        else if (left != null && right != null && left.isArray() && right.isArray() && left.size() == right.size()) {
            for (int i = 0; i < left.size(); i++) {
                compare(path + "[*]", left.get(i), right.get(i), diffs);
            }
        }
        else if (left == null || !left.equals(right)) {
            diffs.add(new FieldDiff(path, text(left), text(right)));
        }
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null ? null : node.toString();
    }

}
