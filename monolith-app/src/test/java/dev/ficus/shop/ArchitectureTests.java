package dev.ficus.shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The shop's architecture rules, each a named constant that {@code ArchitectureRulesUnitTests} shows can fail. */
@AnalyzeClasses(packagesOf = FicusShopApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final Pattern MODULE_PACKAGE = Pattern.compile("dev\\.ficus\\.shop\\.([^.]+)(\\..*)?");

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices().matching("dev.ficus.shop.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle welds modules together so that neither can be extracted alone");

    @ArchTest
    static final ArchRule CONTROLLERS_NEVER_TOUCH_ANOTHER_MODULES_REPOSITORIES = classes()
            .that().areAnnotatedWith(RestController.class)
            .should(dependOnlyOn("repositories of their own module",
                    (origin, target) -> !target.isAssignableTo(Repository.class) || sameModule(origin, target)))
            .because("another module's data is reached through its API, never its tables");

    @ArchTest
    static final ArchRule INTERNALS_ONLY_THROUGH_MODULE_APIS = classes()
            .should(dependOnlyOn("internals of their own module",
                    (origin, target) -> !target.getPackageName().contains(".internal") || sameModule(origin, target)))
            .because("a module's internal package is free to change; other modules use its API package");

    @ArchTest
    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
            .because("constructor injection keeps dependencies explicit and objects complete");

    /** Only classes of the shop's modules are checked; the published shop-api library is no module. */
    private static ArchCondition<JavaClass> dependOnlyOn(String description, BiPredicate<JavaClass, JavaClass> allowed) {
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

    private static boolean sameModule(JavaClass origin, JavaClass target) {
        return module(origin).equals(module(target));
    }

    private static Optional<String> module(JavaClass type) {
        Matcher matcher = MODULE_PACKAGE.matcher(type.getPackageName());
        return matcher.matches() && !"api".equals(matcher.group(1)) ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
