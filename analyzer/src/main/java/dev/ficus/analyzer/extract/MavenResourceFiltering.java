package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * What Maven's resource filtering writes in place of an {@code @name@} in the monolith's
 * settings files when it builds without options
 * ({@code spring.profiles.active: @profiles.active@} becomes the profile of the Maven
 * profile active by default), so the settings read are those the built monolith starts
 * with. Filtering is on when the module's {@code pom.xml} or a parent of it in the
 * checkout filters resources, or its parent is {@code spring-boot-starter-parent}, which
 * filters the {@code application*} files with the {@code @} delimiter. A name without a
 * property stays as it is, as Maven leaves it.
 */
final class MavenResourceFiltering {

    private static final Pattern TOKEN = Pattern.compile("@([\\w.\\-]+)@");

    private static final String STARTER_PARENT = "spring-boot-starter-parent";

    private MavenResourceFiltering() {
    }

    /**
     * The filter of the settings files in this resources folder
     * ({@code MODULE/src/main/resources}); none when the module has no readable
     * {@code pom.xml} or does not filter.
     */
    static UnaryOperator<String> of(Path resources, Path root) {
        Path module = resources.toAbsolutePath().normalize();
        for (int level = 0; level < 3 && module != null; level++) {
            module = module.getParent();
        }
        if (module == null || !resources.endsWith("src/main/resources")
                || !Files.isRegularFile(module.resolve("pom.xml"))) {
            return UnaryOperator.identity();
        }
        try {
            PomXml pom = PomXml.read(module.resolve("pom.xml"), root);
            return filters(pom) ? value -> filled(value, pom) : UnaryOperator.identity();
        }
        catch (InvalidInputException e) {
            return UnaryOperator.identity();
        }
    }

    private static boolean filters(PomXml pom) {
        for (Optional<PomXml> next = Optional.of(pom); next.isPresent(); next = next.get().parent()) {
            PomXml current = next.get();
            if (current.section("build/resources").stream().anyMatch(MavenResourceFiltering::filtered)) {
                return true;
            }
            Element parent = PomXml.child(current.project(), "parent");
            if (current.parent().isEmpty() && parent != null
                    && PomXml.text(parent, "artifactId", "").equals(STARTER_PARENT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean filtered(Element resource) {
        return PomXml.text(resource, "filtering", "false").equals("true");
    }

    private static String filled(String value, PomXml pom) {
        Matcher token = TOKEN.matcher(value);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            String property = pom.properties().get(token.group(1));
            token.appendReplacement(out,
                    Matcher.quoteReplacement(property == null ? token.group() : pom.resolve(property)));
        }
        return token.appendTail(out).toString();
    }

}
