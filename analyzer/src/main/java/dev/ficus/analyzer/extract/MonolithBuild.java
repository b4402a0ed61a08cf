package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the generated project needs to know of the monolith's Maven build: its coordinates
 * (the artifact whose classes the service runs) and the libraries it declares (the ones
 * the candidate's classes were compiled against).
 *
 * @param groupId the monolith's group
 * @param artifactId the monolith's artifact
 * @param version the monolith's version
 * @param dependencies the non-test dependencies as declared, properties resolved
 * @param spring the Spring release it builds on, when its {@code pom.xml} names one
 */
record MonolithBuild(String groupId, String artifactId, String version, List<Dependency> dependencies,
        Optional<SpringRelease> spring) {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    MonolithBuild {
        dependencies = List.copyOf(dependencies);
    }

    /**
     * A declared dependency.
     *
     * @param groupId its group
     * @param artifactId its artifact
     * @param version its version, empty when a BOM manages it
     */
    record Dependency(String groupId, String artifactId, String version) {

        boolean isSpringModulith() {
            return groupId.equals("org.springframework.modulith");
        }
    }

    /**
     * Whether the monolith uses Spring Modulith (its listeners carry its annotations).
     */
    boolean usesSpringModulith() {
        return dependencies.stream().anyMatch(Dependency::isSpringModulith);
    }

    /**
     * The build of the monolith whose sources are in {@code root}: its {@code pom.xml},
     * or a stand-in named after the folder when it has none (then the service depends on
     * whatever jar {@code --monolith-jar} gives).
     */
    static MonolithBuild read(Path root) {
        Path pom = root.resolve("pom.xml");
        if (!hasPom(root)) {
            return new MonolithBuild("local.monolith", root.toAbsolutePath().normalize().getFileName().toString(), "0",
                    List.of(), Optional.empty());
        }
        try {
            return parse(load(pom).getDocumentElement());
        }
        catch (IOException | SAXException | ParserConfigurationException e) {
            throw new InvalidInputException("cannot read the monolith's " + pom + ": " + e.getMessage());
        }
    }

    /** Whether the monolith is built with Maven: a {@code pom.xml} names its artifact. */
    static boolean hasPom(Path root) {
        return Files.isRegularFile(root.resolve("pom.xml"));
    }

    /** The monolith's build tool when it is not Maven, as its build file says. */
    static String otherBuild(Path root) {
        return Files.isRegularFile(root.resolve("build.gradle"))
                || Files.isRegularFile(root.resolve("build.gradle.kts")) ? "a Gradle build" : "no Maven build";
    }

    /**
     * What the service's {@code pom.xml} cannot say of a monolith it did not read a
     * {@code pom.xml} of: which libraries its classes need.
     */
    static List<String> notes(Path root) {
        if (hasPom(root)) {
            return List.of();
        }
        return List.of("the monolith has no `pom.xml` (" + otherBuild(root) + "), so this `pom.xml` declares none of"
                + " its libraries: add those the candidate's classes use, or the service fails at the first class it"
                + " cannot load");
    }

    private static Document load(Path pom) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static MonolithBuild parse(Element project) {
        Element parent = child(project, "parent");
        String groupId = text(project, "groupId", parent == null ? "" : text(parent, "groupId", ""));
        String version = text(project, "version", parent == null ? "" : text(parent, "version", ""));
        String artifactId = text(project, "artifactId", "monolith");
        Map<String, String> properties = new HashMap<>();
        Element declared = child(project, "properties");
        if (declared != null) {
            for (Element property : children(declared)) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        }
        properties.put("project.version", version);
        properties.put("project.groupId", groupId);
        List<Dependency> dependencies = elements(child(project, "dependencies")).stream()
            .filter(dependency -> !text(dependency, "scope", "compile").equals("test"))
            .map(dependency -> coordinate(dependency, properties))
            .toList();
        return new MonolithBuild(resolve(groupId, properties), artifactId, resolve(version, properties), dependencies,
                SpringRelease.declaredBy(versioned(project, properties)));
    }

    /**
     * Every coordinate the {@code pom.xml} gives a version: its parent, dependencies,
     * managed dependencies and plugins.
     */
    private static List<Dependency> versioned(Element project, Map<String, String> properties) {
        List<Dependency> versioned = new ArrayList<>();
        Element parent = child(project, "parent");
        if (parent != null) {
            versioned.add(coordinate(parent, properties));
        }
        versioned.addAll(coordinates(child(project, "dependencies"), properties));
        versioned.addAll(coordinates(child(child(project, "dependencyManagement"), "dependencies"), properties));
        Element build = child(project, "build");
        versioned.addAll(coordinates(child(build, "plugins"), properties));
        versioned.addAll(coordinates(child(child(build, "pluginManagement"), "plugins"), properties));
        return versioned.stream().filter(coordinate -> !coordinate.version().isEmpty()).toList();
    }

    private static List<Dependency> coordinates(@Nullable Element list, Map<String, String> properties) {
        return elements(list).stream().map(each -> coordinate(each, properties)).toList();
    }

    private static Dependency coordinate(Element element, Map<String, String> properties) {
        return new Dependency(resolve(text(element, "groupId", ""), properties), text(element, "artifactId", ""),
                resolve(text(element, "version", ""), properties));
    }

    private static List<Element> elements(@Nullable Element list) {
        return list == null ? List.of() : children(list);
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher matcher = PROPERTY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(matcher.group(1), "")));
        }
        return matcher.appendTail(out).toString();
    }

    private static String text(Element parent, String name, String otherwise) {
        Element element = child(parent, name);
        return element == null ? otherwise : element.getTextContent().trim();
    }

    private static @Nullable Element child(@Nullable Element parent, String name) {
        return parent == null ? null
                : children(parent).stream()
                    .filter(element -> element.getTagName().equals(name))
                    .findFirst()
                    .orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

}
