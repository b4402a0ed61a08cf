package dev.ficus.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The differences between two JSON documents as readable {@code $.path: left vs right}
 * lines. Numbers compare by value ({@code 12.5} equals {@code 12.50}); fields declared
 * volatile are ignored wherever they appear.
 */
final class JsonDifferences {

    /** Fields whose values legitimately differ between two runs of the same contract. */
    static final Set<String> VOLATILE_FIELDS = Set.of("timestamp", "traceId", "occurredAt");

    private final List<String> lines = new ArrayList<>();

    private JsonDifferences() {
    }

    static List<String> between(JsonNode left, JsonNode right) {
        JsonDifferences differences = new JsonDifferences();
        differences.compare("$", left, right);
        return List.copyOf(differences.lines);
    }

    private void compare(String path, JsonNode left, JsonNode right) {
        if (left.isNumber() && right.isNumber()) {
            if (left.decimalValue().compareTo(right.decimalValue()) != 0) {
                lines.add(path + ": " + left + " vs " + right);
            }
        }
        else if (left.isObject() && right.isObject()) {
            compareObjects(path, left, right);
        }
        else if (left.isArray() && right.isArray()) {
            compareArrays(path, left, right);
        }
        else if (!left.equals(right)) {
            lines.add(path + ": " + left + " vs " + right);
        }
    }

    private void compareObjects(String path, JsonNode left, JsonNode right) {
        Set<String> names = new TreeSet<>(left.propertyNames());
        names.addAll(right.propertyNames());
        names.removeAll(VOLATILE_FIELDS);
        for (String name : names) {
            String child = path + "." + name;
            if (!left.has(name)) {
                lines.add(child + ": (absent) vs " + right.get(name));
            }
            else if (!right.has(name)) {
                lines.add(child + ": " + left.get(name) + " vs (absent)");
            }
            else {
                compare(child, left.get(name), right.get(name));
            }
        }
    }

    private void compareArrays(String path, JsonNode left, JsonNode right) {
        if (left.size() != right.size()) {
            lines.add(path + ": " + left.size() + " elements vs " + right.size());
        }
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            compare(path + "[" + i + "]", left.get(i), right.get(i));
        }
    }

}
