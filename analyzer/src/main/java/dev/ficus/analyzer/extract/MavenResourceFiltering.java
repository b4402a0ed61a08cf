package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.source.RealPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * What Maven's resource filtering writes into one of the monolith's settings files when
 * it builds without options ({@code spring.profiles.active: @profiles.active@} becomes
 * the profile of the Maven profile active by default), so the settings read are those the
 * built monolith starts with. The nearest of the module's {@code pom.xml} and its parents
 * in the checkout that declares resources decides, by the folder, includes and excludes
 * of those it filters; where none does, {@code spring-boot-starter-parent} filters the
 * {@code application*} files. Filtering replaces {@code @name@}, and also {@code ${name}}
 * unless the build is the starter parent's, which turns that delimiter off. A name Maven
 * cannot fill in (no such property, a cycle, a value of the environment) stays as
 * written.
 */
final class MavenResourceFiltering {

    private static final Pattern AT_TOKEN = Pattern.compile("@([\\w.\\-]+)@");

    private static final Pattern BRACES_TOKEN = Pattern.compile("\\$\\{([\\w.\\-]+)}");

    private static final String STARTER_PARENT = "spring-boot-starter-parent";

    private static final String RESOURCES = "src/main/resources";

    /** The starter parent's filtered resources: its {@code includes}. */
    private static final List<String> STARTER_PARENT_FILTERED = List.of("**/application*.yml", "**/application*.yaml",
            "**/application*.properties");

    /** How far above a settings file its resources folder may lie. */
    private static final int MAX_FOLDER_DEPTH = 16;

    private MavenResourceFiltering() {
    }

    /**
     * The filter of a settings file ({@code MODULE/src/main/resources/...}); none when
     * its module has no readable {@code pom.xml} inside the monolith or does not filter
     * it.
     */
    static UnaryOperator<String> of(Path file, Path root) {
        Path resources = resourcesOf(file.toAbsolutePath().normalize());
        Path module = resources == null ? null : moduleOf(resources);
        if (resources == null || module == null || !Files.isRegularFile(module.resolve("pom.xml"))
                || !RealPaths.inside(root, module.resolve("pom.xml"))) {
            return UnaryOperator.identity();
        }
        try {
            PomXml pom = PomXml.read(module.resolve("pom.xml"), root);
            String relative = resources.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            return delimiters(pom, module, relative)
                .<UnaryOperator<String>>map(tokens -> value -> filled(value, pom, tokens))
                .orElse(UnaryOperator.identity());
        }
        catch (InvalidInputException e) {
            return UnaryOperator.identity();
        }
    }

    private static @Nullable Path resourcesOf(Path file) {
        Path folder = file.getParent();
        for (int level = 0; folder != null && level < MAX_FOLDER_DEPTH; level++, folder = folder.getParent()) {
            if (folder.endsWith(RESOURCES)) {
                return folder;
            }
        }
        return null;
    }

    private static @Nullable Path moduleOf(Path resources) {
        Path main = resources.getParent();
        Path src = main == null ? null : main.getParent();
        return src == null ? null : src.getParent();
    }

    /**
     * The delimiters filtering fills in this file with, the way Maven inherits resources:
     * a POM that declares them replaces its parents'; empty when it is not filtered.
     */
    private static Optional<List<Pattern>> delimiters(PomXml pom, Path module, String relative) {
        PomXml top = pom;
        for (Optional<PomXml> next = Optional.of(pom); next.isPresent(); next = next.get().parent()) {
            top = next.get();
            List<Element> resources = top.section("build/resources");
            if (!resources.isEmpty()) {
                boolean filtered = resources.stream().anyMatch(resource -> filters(resource, pom, module, relative));
                List<Pattern> tokens = starterParent(pom) ? List.of(AT_TOKEN) : List.of(AT_TOKEN, BRACES_TOKEN);
                return filtered ? Optional.of(tokens) : Optional.empty();
            }
        }
        boolean starterFiltered = starterParent(top)
                && STARTER_PARENT_FILTERED.stream().anyMatch(pattern -> AntPattern.matches(pattern, relative));
        return starterFiltered ? Optional.of(List.of(AT_TOKEN)) : Optional.empty();
    }

    private static boolean starterParent(PomXml pom) {
        PomXml top = pom;
        while (top.parent().isPresent()) {
            top = top.parent().get();
        }
        Element parent = PomXml.child(top.project(), "parent");
        return parent != null && PomXml.text(parent, "artifactId", "").equals(STARTER_PARENT);
    }

    private static boolean filters(Element resource, PomXml pom, Path module, String relative) {
        if (!PomXml.text(resource, "filtering", "false").equals("true")) {
            return false;
        }
        String directory = PomXml.text(resource, "directory", "")
            .replace("${project.basedir}", module.toString())
            .replace("${basedir}", module.toString())
            .replace('\\', '/');
        Optional<String> resolved = pom.resolveFully(directory);
        if (resolved.isEmpty() || !module.resolve(resolved.get()).normalize().equals(module.resolve(RESOURCES))) {
            return false;
        }
        List<String> includes = patterns(resource, "includes");
        return (includes.isEmpty() || includes.stream().anyMatch(pattern -> AntPattern.matches(pattern, relative)))
                && patterns(resource, "excludes").stream().noneMatch(pattern -> AntPattern.matches(pattern, relative));
    }

    private static List<String> patterns(Element resource, String name) {
        return PomXml.children(PomXml.child(resource, name))
            .stream()
            .map(pattern -> pattern.getTextContent().trim())
            .toList();
    }

    private static String filled(String value, PomXml pom, List<Pattern> tokens) {
        String filled = value;
        for (Pattern token : tokens) {
            Matcher name = token.matcher(filled);
            StringBuilder out = new StringBuilder();
            while (name.find()) {
                String property = pom.properties().get(name.group(1));
                String replacement = property == null ? name.group() : pom.resolveFully(property).orElse(name.group());
                name.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            filled = name.appendTail(out).toString();
        }
        return filled;
    }

}
