package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.source.RealPaths;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One {@code pom.xml} as extract reads it: its elements, and its {@code ${…}} properties
 * with those its parents in the same checkout declare (a module's {@code ${revision}} is
 * often its root's), those of profiles active by default over those of the project.
 *
 * @param file the file
 * @param project its root element
 * @param properties its properties and its parents', its own winning
 * @param parent its parent's {@code pom.xml}, where the checkout holds it
 * @param chosenProfiles the profiles the build's {@code .mvn/maven.config} activates
 * ({@code -Pdev}: true) or deactivates ({@code -P!dev}: false), by id
 */
record PomXml(Path file, Element project, Map<String, String> properties, Optional<PomXml> parent,
        Map<String, Boolean> chosenProfiles) {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** How long a value may grow while its properties are replaced: longer is a bomb. */
    private static final int MAX_VALUE_LENGTH = 65_536;

    /** How many times a property naming other properties is resolved again. */
    private static final int MAX_PROPERTY_LEVELS = 8;

    /** How many parents up a module's properties are looked for. */
    private static final int MAX_PARENTS = 8;

    PomXml {
        properties = Map.copyOf(properties);
        chosenProfiles = Map.copyOf(chosenProfiles);
    }

    /**
     * Reads a {@code pom.xml} of the monolith in {@code root}: its parents are read where
     * they are inside it, and the {@code -D} properties of its {@code .mvn/maven.config}
     * count as on Maven's command line.
     */
    static PomXml read(Path file, Path root) {
        return read(file, root.toAbsolutePath().normalize(), MAX_PARENTS);
    }

    private static PomXml read(Path file, Path root, int parents) {
        Element project = load(file);
        MavenConfig config = MavenConfig.of(root);
        Map<String, Boolean> chosen = config.profiles();
        Map<String, String> properties = new HashMap<>();
        Element parent = child(project, "parent");
        Optional<PomXml> localParent = parent == null || parents == 0 ? Optional.empty()
                : localParent(file, parent, root).map(local -> read(local, root, parents - 1));
        localParent.ifPresent(local -> properties.putAll(local.properties()));
        for (Element owner : active(project, chosen)) {
            for (Element property : children(child(owner, "properties"))) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        }
        properties.putAll(config.properties());
        String version = text(project, "version", parent == null ? "" : text(parent, "version", ""));
        String groupId = text(project, "groupId", parent == null ? "" : text(parent, "groupId", ""));
        properties.put("project.version", resolve(version, properties));
        properties.put("project.groupId", resolve(groupId, properties));
        properties.put("project.artifactId", text(project, "artifactId", ""));
        if (parent != null) {
            String parentVersion = resolve(text(parent, "version", ""), properties);
            properties.put("project.parent.version", parentVersion);
            properties.put("parent.version", parentVersion);
            properties.put("project.parent.groupId", resolve(text(parent, "groupId", ""), properties));
        }
        return new PomXml(file, project, properties, localParent, chosen);
    }

    /**
     * The parent's {@code pom.xml} inside the monolith, where its {@code relativePath}
     * (by default {@code ../pom.xml}) finds a readable one of that artifact; an empty
     * path means the parent comes from a repository.
     */
    private static Optional<Path> localParent(Path file, Element parent, Path root) {
        String relative = text(parent, "relativePath", "../pom.xml").replace('\\', '/');
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        Path local = file.toAbsolutePath().resolveSibling(relative).normalize();
        Path pom = Files.isDirectory(local) ? local.resolve("pom.xml") : local;
        return Optional.of(pom)
            .filter(candidate -> Files.isRegularFile(candidate) && RealPaths.inside(root, candidate))
            .filter(candidate -> artifactOf(candidate).equals(text(parent, "artifactId", "")));
    }

    /** The artifact a {@code pom.xml} names, empty when it cannot be read. */
    private static String artifactOf(Path pom) {
        try {
            return text(load(pom), "artifactId", "");
        }
        catch (InvalidInputException e) {
            return "";
        }
    }

    String groupId() {
        return properties.getOrDefault("project.groupId", "");
    }

    String version() {
        return properties.getOrDefault("project.version", "");
    }

    String artifactId() {
        return text(project, "artifactId", "monolith");
    }

    /**
     * Whether it only aggregates modules ({@code pom} packaging): no classes of its own.
     */
    boolean aggregates() {
        return text(project, "packaging", "jar").equals("pom");
    }

    /**
     * The folders of the modules it aggregates, relative to its own, also those of its
     * profiles (a module is the build's whichever profile lists it).
     */
    List<String> moduleFolders() {
        List<Element> lists = new ArrayList<>();
        lists.add(child(project, "modules"));
        children(child(project, "profiles")).forEach(profile -> lists.add(child(profile, "modules")));
        return lists.stream()
            .flatMap(modules -> children(modules).stream())
            .map(module -> module.getTextContent().trim())
            .filter(folder -> !folder.isEmpty())
            .toList();
    }

    /**
     * The elements of a section ({@code dependencies}, or a path such as
     * {@code dependencyManagement/dependencies}) as Maven builds it without options: its
     * own, then those of its profiles active by default.
     */
    List<Element> section(String path) {
        List<Element> elements = new ArrayList<>();
        for (Element owner : active(project, chosenProfiles)) {
            Element section = owner;
            for (String name : path.split("/")) {
                section = child(section, name);
            }
            elements.addAll(children(section));
        }
        return elements;
    }

    /**
     * The project element and those of its profiles Maven activates without options, in
     * the order Maven applies them (a profile's properties win over the project's): those
     * {@code .mvn/maven.config} activates, else those active by default. A profile
     * activated by a condition (JDK, OS, property, file) is not evaluated; while a POM
     * has one, its profiles active by default are not counted either, since Maven drops
     * them when the condition holds.
     */
    private static List<Element> active(Element project, Map<String, Boolean> chosen) {
        List<Element> profiles = children(child(project, "profiles"));
        List<Element> explicit = profiles.stream()
            .filter(profile -> Boolean.TRUE.equals(chosen.get(text(profile, "id", ""))))
            .toList();
        boolean othersActive = !explicit.isEmpty() || profiles.stream()
            .anyMatch(profile -> children(child(profile, "activation")).stream()
                .anyMatch(condition -> !condition.getTagName().equals("activeByDefault")));
        List<Element> owners = new ArrayList<>();
        owners.add(project);
        for (Element profile : profiles) {
            boolean byDefault = text(child(profile, "activation"), "activeByDefault", "false").equals("true")
                    && !othersActive && !Boolean.FALSE.equals(chosen.get(text(profile, "id", "")));
            if (byDefault || explicit.contains(profile)) {
                owners.add(profile);
            }
        }
        return owners;
    }

    /** The artifact it builds. */
    MonolithBuild.Dependency artifact() {
        return new MonolithBuild.Dependency(groupId(), artifactId(), version());
    }

    /**
     * A coordinate element (a parent, dependency or plugin) with its properties resolved.
     */
    MonolithBuild.Dependency coordinate(Element element) {
        return new MonolithBuild.Dependency(resolve(text(element, "groupId", "")),
                resolve(text(element, "artifactId", "")), resolve(text(element, "version", "")));
    }

    String resolve(String value) {
        return resolve(value, properties);
    }

    /**
     * The value with every property replaced, and theirs in turn; empty when a property
     * is unknown, part of a cycle or grows the value beyond bounds (Maven would leave it
     * or fail).
     */
    Optional<String> resolveFully(String value) {
        String resolved = value;
        for (int level = 0; level <= MAX_PROPERTY_LEVELS; level++) {
            Matcher matcher = PROPERTY.matcher(resolved);
            if (!matcher.find()) {
                return Optional.of(resolved);
            }
            StringBuilder out = new StringBuilder();
            do {
                String known = properties.get(matcher.group(1));
                if (known == null || out.length() + known.length() > MAX_VALUE_LENGTH) {
                    return Optional.empty();
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(known));
            }
            while (matcher.find());
            resolved = matcher.appendTail(out).toString();
        }
        return Optional.empty();
    }

    /**
     * The value with its properties replaced, and theirs in turn (a few levels: a cycle
     * ends with the name unresolved); an unknown property is empty.
     */
    private static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int level = 0; level < MAX_PROPERTY_LEVELS && resolved.length() <= MAX_VALUE_LENGTH
                && PROPERTY.matcher(resolved).find(); level++) {
            Matcher matcher = PROPERTY.matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(matcher.group(1), "")));
            }
            resolved = matcher.appendTail(out).toString();
        }
        return resolved;
    }

    static String text(@Nullable Element parent, String name, String otherwise) {
        Element element = child(parent, name);
        return element == null ? otherwise : element.getTextContent().trim();
    }

    static @Nullable Element child(@Nullable Element parent, String name) {
        return children(parent).stream().filter(element -> element.getTagName().equals(name)).findFirst().orElse(null);
    }

    static List<Element> children(@Nullable Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static Element load(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        }
        catch (IOException | SAXException | ParserConfigurationException e) {
            throw new InvalidInputException("cannot read the monolith's " + pom + ": " + e.getMessage());
        }
    }

}
