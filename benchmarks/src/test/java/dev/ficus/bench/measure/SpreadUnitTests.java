package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadUnitTests {

    @Test
    void takesMiddleValueOfOddCountAndMeanOfMiddlePairOfEvenCount() {
        assertThat(Spread.of(List.of(9.0, 1.0, 5.0))).isEqualTo(new Spread(5.0, 1.0, 9.0, 3));
        assertThat(Spread.of(List.of(4, 1, 3, 10))).isEqualTo(new Spread(3.5, 1.0, 10.0, 4));
    }

    @Test
    void ignoresValuesThatWereNotMeasured() {
        assertThat(Spread.of(List.of(Double.NaN, 2.0))).isEqualTo(new Spread(2.0, 2.0, 2.0, 1));
        assertThat(Spread.of(List.<Double>of()).isEmpty()).isTrue();
    }

}
