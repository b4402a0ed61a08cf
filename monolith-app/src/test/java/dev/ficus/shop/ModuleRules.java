package dev.ficus.shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * Architecture rules for an application whose modules are the direct sub-packages of
 * {@code rootPackage}, apart from the {@code libraries} packages that hold published
 * libraries rather than modules.
 */
record ModuleRules(String rootPackage, Set<String> libraries) {

    ArchRule noCyclesBetweenModules() {
        return slices().matching(rootPackage + ".(*)..")
            .should()
            .beFreeOfCycles()
            .because("a cycle welds modules together so that neither can be extracted alone");
    }

    ArchRule controllersNeverTouchAnotherModulesRepositories() {
        return classes().that()
            .areAnnotatedWith(RestController.class)
            .should(dependOnlyOn("repositories of their own module",
                    (origin, target) -> !target.isAssignableTo(Repository.class) || sameModule(origin, target)))
            .because("another module's data is reached through its API, never its tables");
    }

    ArchRule internalsOnlyThroughModuleApis() {
        return classes()
            .should(dependOnlyOn("internals of their own module",
                    (origin, target) -> !target.getPackageName().contains(".internal") || sameModule(origin, target)))
            .because("a module's internal package is free to change; other modules use its API package");
    }

    private ArchCondition<JavaClass> dependOnlyOn(String description, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>("depend only on " + description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (module(target).isPresent() && !allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private boolean sameModule(JavaClass origin, JavaClass target) {
        return module(origin).equals(module(target));
    }

    private Optional<String> module(JavaClass type) {
        Matcher matcher = Pattern.compile(Pattern.quote(rootPackage) + "\\.([^.]+)(\\..*)?")
            .matcher(type.getPackageName());
        return matcher.matches() && !libraries.contains(matcher.group(1)) ? Optional.of(matcher.group(1))
                : Optional.empty();
    }
}
