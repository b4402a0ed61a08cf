package dev.ficus.analyzer.scaffold;

import java.util.Map;
import java.util.SortedSet;

/**
 * Maps Java types as written in the monolith to types the generated service can compile:
 * JDK value types stay (primitives boxed, so a missing JSON property is a null, not an
 * error), collections keep their element type, and the monolith's own types become
 * {@code JsonNode} until the developer gives them a shape.
 */
final class JavaTypes {

    static final String JSON_NODE = "tools.jackson.databind.JsonNode";

    private static final Map<String, String> KNOWN = Map.ofEntries(Map.entry("long", "Long"),
            Map.entry("int", "Integer"), Map.entry("short", "Short"), Map.entry("byte", "Byte"),
            Map.entry("boolean", "Boolean"), Map.entry("double", "Double"), Map.entry("float", "Float"),
            Map.entry("char", "Character"), Map.entry("Long", "Long"), Map.entry("Integer", "Integer"),
            Map.entry("Short", "Short"), Map.entry("Byte", "Byte"), Map.entry("Boolean", "Boolean"),
            Map.entry("Double", "Double"), Map.entry("Float", "Float"), Map.entry("Character", "Character"),
            Map.entry("String", "String"), Map.entry("BigDecimal", "java.math.BigDecimal"),
            Map.entry("BigInteger", "java.math.BigInteger"), Map.entry("UUID", "java.util.UUID"),
            Map.entry("Instant", "java.time.Instant"), Map.entry("LocalDate", "java.time.LocalDate"),
            Map.entry("LocalDateTime", "java.time.LocalDateTime"), Map.entry("LocalTime", "java.time.LocalTime"),
            Map.entry("OffsetDateTime", "java.time.OffsetDateTime"),
            Map.entry("ZonedDateTime", "java.time.ZonedDateTime"), Map.entry("Duration", "java.time.Duration"));

    private JavaTypes() {
    }

    /**
     * The simple type to write in generated code; the imports it needs are added to
     * {@code imports}.
     */
    static String map(String written, SortedSet<String> imports) {
        String type = written.trim();
        if (type.endsWith("[]")) {
            return list(map(type.substring(0, type.length() - 2), imports), imports);
        }
        int generic = type.indexOf('<');
        if (generic > 0 && type.endsWith(">")) {
            String raw = simple(type.substring(0, generic));
            String argument = type.substring(generic + 1, type.length() - 1);
            if (raw.equals("Optional")) {
                return map(argument, imports);
            }
            if ((raw.equals("List") || raw.equals("Set") || raw.equals("Collection")) && !argument.contains(",")) {
                return list(map(argument, imports), imports);
            }
            return use(JSON_NODE, imports);
        }
        return use(KNOWN.getOrDefault(simple(type), JSON_NODE), imports);
    }

    /** A sample value of the type as a URL query value, for generated tests. */
    static String sampleQueryValue(String mappedType) {
        return switch (mappedType) {
            case "Boolean" -> "true";
            case "String", "Character" -> "x";
            case "UUID" -> "00000000-0000-0000-0000-000000000001";
            case "LocalDate" -> "2026-01-01";
            default -> "1";
        };
    }

    private static String list(String element, SortedSet<String> imports) {
        imports.add("java.util.List");
        return "List<" + element + ">";
    }

    private static String use(String qualified, SortedSet<String> imports) {
        if (qualified.contains(".")) {
            imports.add(qualified);
        }
        return simple(qualified);
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

}
