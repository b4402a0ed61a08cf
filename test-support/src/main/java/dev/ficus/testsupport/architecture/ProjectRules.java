package dev.ficus.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * The rules every module's main code keeps. A module applies them all with <pre>{@code
 * &#64;AnalyzeClasses(packages = "dev.ficus.x", importOptions = { ImportOption.DoNotIncludeTests.class,
 *         ProjectRules.ThisModuleOnly.class })
 * class ArchitectureTests {
 *

&#64;ArchTest
 *     static final ArchTests PROJECT_RULES = ArchTests.in(ProjectRules.class);
 * }
 * }</pre> and adds its own stage rules next to them ({@link #featuresFreeOfCycles} for
 * one). The tests run in the module's folder, so {@code src/main/java} is its sources.
 */
public final class ProjectRules {

    /**
     * A file longer than {@link #MAX_LINES} holds these words, followed by its reason.
     */
    public static final String LONG_FILE_REASON = "Longer than 300 lines because";

    /** The most lines a source file has without saying why. */
    public static final int MAX_LINES = 300;

    @ArchTest
    public static final ArchRule NO_CATCH_ALL_PACKAGES = noClasses().should()
        .resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..", "..misc..")
        .because("packages are named after their job; a catch-all package collects code nobody owns");

    @ArchTest
    public static final ArchRule NO_LONG_FILE_WITHOUT_A_REASON = longFilesSayWhy(Path.of("src/main/java"), MAX_LINES);

    @ArchTest
    public static final ArchRule EVERY_PACKAGE_IS_NULL_MARKED = classes()
        .should(new ArchCondition<JavaClass>("reside in a package annotated @NullMarked") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean marked = type.getPackage().isAnnotatedWith(NullMarked.class);
                events.add(new SimpleConditionEvent(type, marked,
                        type.getPackageName() + " has no package-info.java with @NullMarked"));
            }
        })
        .because("references are non-null unless a type says @Nullable, so a reader and NullAway know which "
                + "values may be absent");

    private ProjectRules() {
    }

    /**
     * No top-level class whose source file under {@code sources} has more than
     * {@code maxLines} lines, unless the file holds {@link #LONG_FILE_REASON}.
     */
    public static ArchRule longFilesSayWhy(Path sources, int maxLines) {
        return classes().that()
            .areTopLevelClasses()
            .should(new ArchCondition<JavaClass>("have at most " + maxLines + " lines or say why") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    Path file = sources.resolve(type.getPackageName().replace('.', '/'))
                        .resolve(type.getSource().flatMap(source -> source.getFileName()).orElse(""));
                    if (!Files.isRegularFile(file)) {
                        events.add(SimpleConditionEvent.violated(type, "no source file " + file));
                        return;
                    }
                    List<String> lines = lines(file);
                    boolean fine = lines.size() <= maxLines
                            || lines.stream().anyMatch(line -> line.contains(LONG_FILE_REASON));
                    events.add(new SimpleConditionEvent(type, fine,
                            file + " has " + lines.size() + " lines and no '" + LONG_FILE_REASON + "'"));
                }
            })
            .because("a long class usually does several jobs; when one really needs the length, it says why");
    }

    /**
     * The direct sub-packages of {@code rootPackage} (each with its own sub-packages)
     * depend on each other one way.
     */
    public static ArchRule featuresFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..")
            .should()
            .beFreeOfCycles()
            .because("each feature package can be read and replaced on its own; a cycle between two would make "
                    + "them one feature in two packages");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Imports only the classes this module compiles (its {@code target/classes}), not
     * those of a sibling module that shares the package prefix.
     */
    public static final class ThisModuleOnly implements ImportOption {

        private static final Path OUTPUT = Path.of("target/classes").toAbsolutePath();

        @Override
        public boolean includes(Location location) {
            URI uri = location.asURI();
            return "file".equals(uri.getScheme()) && Path.of(uri).startsWith(OUTPUT);
        }

    }

}
