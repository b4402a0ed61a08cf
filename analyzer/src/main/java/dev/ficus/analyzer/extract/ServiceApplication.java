package dev.ficus.analyzer.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated project's application class: what it scans of the monolith's classes.
 */
final class ServiceApplication {

    private static final Template APPLICATION = Template.load("Application.java");

    private ServiceApplication() {
    }

    static String render(ServiceNames names, CandidateBoundary boundary) {
        Map<String, String> values = new HashMap<>(names.values());
        String packages = String.join(", ", boundary.modulePackages().stream().map(p -> "\"" + p + "\"").toList());
        values.put("modulePackages", packages);
        List<String> foreign = boundary.foreignTypesInModulePackages();
        String scanned = "\"" + names.packageName() + "\", " + packages;
        if (foreign.isEmpty()) {
            values.put("imports", "import org.springframework.boot.autoconfigure.SpringBootApplication;");
            values.put("scan", "@SpringBootApplication(scanBasePackages = { " + scanned + " })");
            values.put("scanNote", "only the module's packages and this one are scanned.");
        }
        else {
            values.put("imports",
                    String.join("\n", "import org.springframework.boot.SpringBootConfiguration;",
                            "import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;",
                            "import org.springframework.boot.autoconfigure.EnableAutoConfiguration;",
                            "import org.springframework.boot.context.TypeExcludeFilter;",
                            "import org.springframework.context.annotation.ComponentScan;",
                            "import org.springframework.context.annotation.FilterType;"));
            values.put("scan", String.join("\n", "@SpringBootConfiguration", "@EnableAutoConfiguration",
                    "@ComponentScan(basePackages = { " + scanned + " }, excludeFilters = {",
                    "        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),",
                    "        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),",
                    "        @ComponentScan.Filter(type = FilterType.REGEX, pattern = {",
                    String.join(",\n", foreign.stream().map(ServiceApplication::exactClassName).toList()) + " }) })"));
            values.put("scanNote", "the module's packages hold other candidates' types too (the monolith is organised"
                    + "\n * by layer), so they are scanned without them.");
        }
        return APPLICATION.render(values);
    }

    /** A regular expression for one class name and its nested classes, as Java source. */
    private static String exactClassName(String type) {
        return "                \"" + type.replace(".", "\\\\.") + "(\\\\$.*)?\"";
    }

}
