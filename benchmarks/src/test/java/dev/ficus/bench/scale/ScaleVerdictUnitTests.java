package dev.ficus.bench.scale;

import static dev.ficus.bench.scale.ScaleFiguresFixtures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleVerdictUnitTests {

    @Test
    void saysNeitherPaidWhenNeitherRaisedTheSustainableRate() {
        ScaleGain monolith = ScaleGain.between("one more monolith", figures("a", 800, 600, 1.5, false),
                figures("b", 700, 950, 1.9, false));
        ScaleGain catalog = ScaleGain.between("one more catalog-service", figures("c", 400, 1200, 5.0, false),
                figures("d", 400, 1450, 5.5, false));

        assertThat(ScaleVerdict.sentence(monolith, catalog))
            .isEqualTo("Neither scale-out paid here: one more monolith changed the sustainable rate by -100 req/s "
                    + "and one more catalog-service by +0 req/s, for +350 and +250 MiB more RSS.");
    }

    @Test
    void namesTheOnlyOneThatPaid() {
        ScaleGain monolith = ScaleGain.between("one more monolith", figures("a", 800, 600, 1.5, false),
                figures("b", 800, 950, 1.9, false));
        ScaleGain catalog = ScaleGain.between("one more catalog-service", figures("c", 400, 1200, 5.0, false),
                figures("d", 500, 1450, 5.5, true));

        assertThat(ScaleVerdict.sentence(monolith, catalog))
            .startsWith("Only one more catalog-service paid here: +100 req/s for +250 MiB more RSS (0.40 req/s per "
                    + "MiB), while one more monolith changed the sustainable rate by +0 req/s.")
            .endsWith("so the gain it enters is uncertain.");
    }

    @Test
    void whenBothPaidComparesPerMibAndPerCpuSecond() {
        ScaleGain monolith = ScaleGain.between("one more monolith", figures("a", 800, 600, 1.5, false),
                figures("b", 900, 1000, 1.6, false));
        ScaleGain catalog = ScaleGain.between("one more catalog-service", figures("c", 400, 1200, 5.0, false),
                figures("d", 500, 1400, 6.0, false));

        assertThat(ScaleVerdict.sentence(monolith, catalog))
            .isEqualTo("Both scale-outs paid here; one more catalog-service paid more per extra MiB of RSS (0.50 "
                    + "against 0.25 req/s per MiB); one more monolith paid more per extra CPU-second.");
    }

}
