package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a build's {@code .mvn/maven.config} puts on Maven's command line.
 *
 * @param properties its {@code -Dname=value} options ({@code -Dname} is {@code true}),
 * where a CI-friendly {@code ${revision}} is often set
 * @param profiles the profiles its {@code -P} options activate (true) or deactivate
 * ({@code !id}: false), by id
 */
record MavenConfig(Map<String, String> properties, Map<String, Boolean> profiles) {

    private static final Pattern PROPERTY = Pattern.compile("-D([\\w.-]+)(?:=(\\S*))?");

    private static final Pattern PROFILES = Pattern.compile("(?:-P|--activate-profiles[ =])[ \\t]*([!?\\w.,+-]+)");

    MavenConfig {
        properties = Map.copyOf(properties);
        profiles = Map.copyOf(profiles);
    }

    /** The options of the build in this folder; none when it has no such file. */
    static MavenConfig of(Path root) {
        Path config = root.resolve(".mvn/maven.config");
        if (!Files.isRegularFile(config)) {
            return new MavenConfig(Map.of(), Map.of());
        }
        String options;
        try {
            options = Files.readString(config);
        }
        catch (IOException e) {
            throw new InvalidInputException("cannot read the monolith's " + config + ": " + e.getMessage());
        }
        Map<String, String> properties = new HashMap<>();
        Matcher property = PROPERTY.matcher(options);
        while (property.find()) {
            properties.put(property.group(1), property.group(2) == null ? "true" : property.group(2));
        }
        Map<String, Boolean> profiles = new HashMap<>();
        Matcher option = PROFILES.matcher(options);
        while (option.find()) {
            for (String id : option.group(1).split(",")) {
                String bare = id.replaceFirst("^[!?+-]+", "");
                if (!bare.isEmpty()) {
                    profiles.put(bare, !(id.startsWith("!") || id.startsWith("-")));
                }
            }
        }
        return new MavenConfig(properties, profiles);
    }

}
