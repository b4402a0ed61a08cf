package dev.ficus.analyzer.extract;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Whether a module's build replaces its jar with Spring Boot's runnable one: the
 * {@code spring-boot-maven-plugin} among the build plugins of its pom or of a parent in
 * the checkout, neither skipped nor given a classifier. The jar Maven then installs keeps
 * the module's classes under {@code BOOT-INF/classes}, where a project depending on it
 * cannot load them: a service built on it would find none of the candidate's classes and
 * answer every request with 404.
 */
final class BootRepackaging {

    private static final String PLUGIN = "spring-boot-maven-plugin";

    private BootRepackaging() {
    }

    static boolean replacesTheJar(PomXml module) {
        if (!PomXml.text(module.project(), "packaging", "jar").equals("jar")) {
            return false;
        }
        for (Optional<PomXml> pom = Optional.of(module); pom.isPresent(); pom = pom.get().parent()) {
            Element plugins = PomXml.child(PomXml.child(pom.get().project(), "build"), "plugins");
            for (Element plugin : PomXml.children(plugins)) {
                if (PomXml.text(plugin, "artifactId", "").equals(PLUGIN)) {
                    return !keepsTheJar(plugin, pom.get());
                }
            }
        }
        return false;
    }

    /** A classifier, or a skip, in the plugin's configuration or an execution's. */
    private static boolean keepsTheJar(Element plugin, PomXml pom) {
        if (keeps(PomXml.child(plugin, "configuration"), pom)) {
            return true;
        }
        return PomXml.children(PomXml.child(plugin, "executions"))
            .stream()
            .anyMatch(execution -> keeps(PomXml.child(execution, "configuration"), pom));
    }

    private static boolean keeps(@Nullable Element configuration, PomXml pom) {
        return !pom.resolve(PomXml.text(configuration, "classifier", "")).isBlank()
                || pom.resolve(PomXml.text(configuration, "skip", "false")).equals("true");
    }

}
