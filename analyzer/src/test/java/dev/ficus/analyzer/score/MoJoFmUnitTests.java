package dev.ficus.analyzer.score;

import static dev.ficus.analyzer.score.References.clusters;
import static dev.ficus.analyzer.score.References.reference;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * MoJoFM on hand-computed cases (each checked against the MoJo tool too) and on published
 * values.
 */
class MoJoFmUnitTests {

    @Test
    void givesOneHundredForTheReferenceItself() {
        ReferenceDecomposition reference = reference("s:a", "s:b", "t:c");

        assertThat(new MoJoFm(reference).mojoFm(clusters("x:a", "x:b", "y:c"))).isEqualTo(100.0);
    }

    @Test
    void countsOneMoveAgainstTheMaximumDistance() {
        // A = {a,b,c}{d,e}, B = {a,b}{c,d,e}: move c, so mno = 1; max = n - g = 5 - 2 = 3
        ReferenceDecomposition reference = reference("B1:a", "B1:b", "B2:c", "B2:d", "B2:e");

        assertThat(new MoJoFm(reference).mojoFm(clusters("A1:a", "A1:b", "A1:c", "A2:d", "A2:e"))).isEqualTo(66.67);
    }

    @Test
    void givesZeroForEverythingInOneCluster() {
        // one cluster tagged with B1 or B2: move 2, no join; max = 4 - 2 = 2
        ReferenceDecomposition reference = reference("B1:a", "B1:b", "B2:c", "B2:d");

        assertThat(new MoJoFm(reference).mojoFm(clusters("A:a", "A:b", "A:c", "A:d"))).isEqualTo(0.0);
    }

    @Test
    void putsReferenceElementsTheProposalLacksInOneUnobservedCluster() {
        // X = {a,b,c} and unobserved = {d}: move c, so mno = 1; max = 2; elements only
        // the proposal has are ignored
        ReferenceDecomposition reference = reference("B1:a", "B1:b", "B2:c", "B2:d");

        assertThat(new MoJoFm(reference).mojoFm(clusters("X:a", "X:b", "X:c", "X:z"))).isEqualTo(50.0);
    }

    @Test
    void countsATwiceListedElementUnderItsLastServiceAndEveryListingInTheSizes() {
        // c and f are listed twice: c counts in B2, f in B1; sizes 4, 3, 1 give g = 3,
        // max = 6 - 3 = 3;
        // Z = {e,f} ties B1/B2 (move 1) and its join costs 1 more: mno = 2
        ReferenceDecomposition reference = reference("B1:a", "B1:b", "B1:c", "B2:c", "B2:d", "B2:e", "B3:f", "B1:f");

        assertThat(new MoJoFm(reference).mojoFm(clusters("X:a", "X:b", "Y:c", "Y:d", "Z:e", "Z:f"))).isEqualTo(33.33);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({ "jpetstore, datacentric.rsf, 76.19", "demo, hydec.rsf, 69.77",
            "partsunlimited, mono2micro-business.rsf, 33.33" })
    void reproducesThePublishedValuesOfTheToolComparison(String app, String tool, double published) {
        Path folder = Fixtures.of("ase2024-artifact").resolve(app);
        ReferenceDecomposition truth = ReferenceReader.read(folder.resolve("ground_truth.rsf"));
        ReferenceDecomposition decomposition = ReferenceReader.read(folder.resolve(tool));

        assertThat(new MoJoFm(truth).mojoFm(decomposition.serviceOf())).isEqualTo(published);
    }

}
