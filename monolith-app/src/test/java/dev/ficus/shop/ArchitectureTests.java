package dev.ficus.shop;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.ficus.testsupport.architecture.ProjectRules;
import java.util.Set;

/**
 * The shop's architecture rules as named constants, and the project's;
 * {@code ArchitectureRulesUnitTests} shows each of the shop's can fail. Only the
 * monolith's own classes are imported, not those of the shop-api jar.
 */
@AnalyzeClasses(packagesOf = FicusShopApplication.class,
        importOptions = { ImportOption.DoNotIncludeTests.class, ProjectRules.ThisModuleOnly.class })
class ArchitectureTests {

    /**
     * The shop's modules; {@code api} is the published shop-api library, not a module.
     */
    static final ModuleRules SHOP = new ModuleRules("dev.ficus.shop", Set.of("api"));

    @ArchTest
    static final ArchTests PROJECT_RULES = ArchTests.in(ProjectRules.class);

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_MODULES = SHOP.noCyclesBetweenModules();

    @ArchTest
    static final ArchRule CONTROLLERS_NEVER_TOUCH_ANOTHER_MODULES_REPOSITORIES = SHOP
        .controllersNeverTouchAnotherModulesRepositories();

    @ArchTest
    static final ArchRule INTERNALS_ONLY_THROUGH_MODULE_APIS = SHOP.internalsOnlyThroughModuleApis();

    @ArchTest
    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
        .because("constructor injection keeps dependencies explicit and objects complete");

}
