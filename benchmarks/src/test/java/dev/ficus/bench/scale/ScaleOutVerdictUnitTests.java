package dev.ficus.bench.scale;

import dev.ficus.bench.report.ClaimVerdict.Favours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleOutVerdictUnitTests {

    @Test
    void favoursTheShapeWhoseExtraInstanceAloneRaisedTheRate() {
        assertThat(ScaleOutVerdict.favours(gain(0, 300, false), gain(50, 250, false))).isEqualTo(Favours.MICROSERVICES);
        assertThat(ScaleOutVerdict.favours(gain(50, 300, false), gain(-10, 250, false))).isEqualTo(Favours.MONOLITH);
    }

    @Test
    void favoursTheMoreRequestsPerExtraMibWhenBothPaid() {
        assertThat(ScaleOutVerdict.favours(gain(60, 300, false), gain(50, 250, false))).isEqualTo(Favours.NEITHER);
        assertThat(ScaleOutVerdict.favours(gain(60, 300, false), gain(100, 250, false)))
            .isEqualTo(Favours.MICROSERVICES);
    }

    @Test
    void favoursNeitherWhenNeitherPaidOrARateIsOnlyALowerBound() {
        assertThat(ScaleOutVerdict.favours(gain(0, 300, false), gain(0, 250, false))).isEqualTo(Favours.NEITHER);
        assertThat(ScaleOutVerdict.favours(gain(0, 300, false), gain(50, 250, true))).isEqualTo(Favours.NEITHER);
    }

    private static ScaleGain gain(double rate, double rssMib, boolean lowerBound) {
        return new ScaleGain("option", "from", "to", rate, rssMib, 1.0, ScaleGain.ratio(rate, rssMib),
                ScaleGain.ratio(rate, 1.0), lowerBound);
    }

}
