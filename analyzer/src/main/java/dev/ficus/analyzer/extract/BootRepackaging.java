package dev.ficus.analyzer.extract;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Whether a module's build replaces its jar with Spring Boot's runnable one: the
 * {@code spring-boot-maven-plugin} among the build plugins of its pom or of a parent in
 * the checkout, its {@code repackage} goal bound (by an execution, or by
 * {@code spring-boot-starter-parent}'s execution of that id), and neither that execution
 * nor the plugin given a classifier or told to skip. The jar Maven then installs keeps
 * the module's classes under {@code BOOT-INF/classes}, where a project depending on it
 * cannot load them: a service built on it would find none of the candidate's classes and
 * answer every request with 404.
 */
final class BootRepackaging {

    private static final String PLUGIN = "spring-boot-maven-plugin";

    private static final String GOAL = "repackage";

    private BootRepackaging() {
    }

    static boolean replacesTheJar(PomXml module) {
        if (!PomXml.text(module.project(), "packaging", "jar").equals("jar")
                || module.resolve("${spring-boot.repackage.skip}").equals("true")) {
            return false;
        }
        boolean starterParent = underStarterParent(module);
        for (Optional<PomXml> pom = Optional.of(module); pom.isPresent(); pom = pom.get().parent()) {
            Element plugins = PomXml.child(PomXml.child(pom.get().project(), "build"), "plugins");
            for (Element plugin : PomXml.children(plugins)) {
                if (PomXml.text(plugin, "artifactId", "").equals(PLUGIN)) {
                    return replaces(plugin, starterParent, module);
                }
            }
        }
        return false;
    }

    private static boolean replaces(Element plugin, boolean starterParent, PomXml module) {
        if (keeps(PomXml.child(plugin, "configuration"), module)) {
            return false;
        }
        List<Element> executions = PomXml.children(PomXml.child(plugin, "executions"));
        boolean starterBinding = starterParent
                && executions.stream().noneMatch(execution -> PomXml.text(execution, "id", "").equals(GOAL));
        return starterBinding || executions.stream()
            .filter(execution -> bindsRepackage(execution, starterParent))
            .anyMatch(execution -> !keeps(PomXml.child(execution, "configuration"), module));
    }

    private static boolean bindsRepackage(Element execution, boolean starterParent) {
        return PomXml.children(PomXml.child(execution, "goals"))
            .stream()
            .anyMatch(goal -> goal.getTextContent().trim().equals(GOAL))
                || starterParent && PomXml.text(execution, "id", "").equals(GOAL);
    }

    /** Whether the topmost pom of the checkout has Spring Boot's starter parent. */
    private static boolean underStarterParent(PomXml module) {
        PomXml top = module;
        while (top.parent().isPresent()) {
            top = top.parent().get();
        }
        return PomXml.text(PomXml.child(top.project(), "parent"), "artifactId", "")
            .equals("spring-boot-starter-parent");
    }

    /** A classifier, or a skip, in a configuration. */
    private static boolean keeps(@Nullable Element configuration, PomXml module) {
        return !module.resolve(PomXml.text(configuration, "classifier", "")).isBlank()
                || module.resolve(PomXml.text(configuration, "skip", "false")).equals("true");
    }

}
