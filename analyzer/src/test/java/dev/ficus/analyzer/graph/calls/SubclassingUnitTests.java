package dev.ficus.analyzer.graph.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.Fixtures;
import dev.ficus.analyzer.document.AnalysisDocument.Field;
import dev.ficus.analyzer.document.CalledType;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import dev.ficus.analyzer.work.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether a client can stand in for a class as a subclass, and the constructor it calls,
 * read from {@code fixtures/subclassing}: declared constructors, Lombok's, and Java's
 * default one.
 */
class SubclassingUnitTests {

    private final CallSites callSites = new CallSites(
            new SourceIndex(SourceReader.read(SourceRequest.of(Fixtures.of("subclassing")), Progress.NONE)));

    private CalledType called(String simpleName) {
        return callSites.calledType("shop." + simpleName, "class").orElseThrow();
    }

    @Test
    void subclassesAClassWithoutConstructorsThroughJavasDefaultOneOverridingItsPublicInstanceMethods() {
        CalledType plain = called("Plain");

        assertThat(plain.subclassable()).isTrue();
        assertThat(plain.constructorParameters()).isEmpty();
        assertThat(plain.methods()).containsExactly(
                new CalledType.Method("name", "String", List.of(new Field("id", "long")), List.of()),
                new CalledType.Method("largest", "S", List.of(new Field("values", "java.util.List<S>")),
                        List.of("S extends Number")));
    }

    @Test
    void callsTheConstructorLombokMakesOfTheFieldsItTakesInDeclarationOrder() {
        CalledType required = called("Required");

        assertThat(required.subclassable()).isTrue();
        assertThat(required.constructorParameters()).as("final, not static, not initialized")
            .containsExactly("Plain", "List<String>");
        assertThat(called("Both").constructorParameters()).as("the no-arguments one of the two").isEmpty();
    }

    @Test
    void callsTheDeclaredConstructorWithTheFewestParametersASubclassInAnotherPackageCanCall() {
        CalledType declared = called("Declared");

        assertThat(declared.subclassable()).isTrue();
        assertThat(declared.constructorParameters()).containsExactly("Plain", "boolean");
    }

    @Test
    void subclassesNoFinalClassNorOneWhoseConstructorsAreHidden() {
        assertThat(called("Sealed").subclassable()).isFalse();
        assertThat(called("Private").subclassable()).as("only a private constructor").isFalse();
        assertThat(called("Hidden").subclassable()).as("Lombok's staticName makes the constructor private").isFalse();
        assertThat(called("Built").subclassable()).as("Lombok's @Builder makes a package-private one").isFalse();
        assertThat(called("Built").constructorParameters()).isEmpty();
    }

    @Test
    void callsAConstructorThatOnlyKeepsItsArgumentsAfterAnEmptySuperCall() {
        assertThat(called("Eclipse").subclassable()).isTrue();
        assertThat(called("Eclipse").constructorParameters()).containsExactly("Plain");
        assertThat(called("Validated").constructorParameters()).as("Bean Validation's @NotNull is no Lombok check")
            .containsExactly("Plain");
    }

    @Test
    void subclassesNoClassWhoseConstructorWouldFailGivenNothing() {
        assertThat(called("Unboxed").subclassable()).as("a null unboxed into an int field").isFalse();
        assertThat(called("NullChecked").subclassable()).as("Lombok checks a @NonNull parameter").isFalse();
        assertThat(called("Checked").subclassable()).as("Lombok's constructor checks a @NonNull field").isFalse();
        assertThat(called("Guarded").subclassable()).as("the constructor does more than keep its argument").isFalse();
    }

    @Test
    void subclassesNoClassOfWhichSomethingACallerCouldReachWouldStillRunWithNothingInjected() {
        assertThat(called("Fixed").subclassable()).as("a final public method").isFalse();
        assertThat(called("PackageReach").subclassable()).as("a method a caller in its package reaches").isFalse();
        assertThat(called("Extending").subclassable()).as("methods it inherits").isFalse();
        assertThat(called("Listening").subclassable()).as("an event listener would listen twice").isFalse();
        assertThat(called("Consumer").subclassable()).as("a queue's listener would consume twice").isFalse();
        assertThat(called("Overloaded").subclassable()).as("overloads HTTP could not tell apart").isFalse();
    }

}
