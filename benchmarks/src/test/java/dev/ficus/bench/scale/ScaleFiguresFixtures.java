package dev.ficus.bench.scale;

import java.util.List;
import java.util.Map;

import dev.ficus.bench.measure.Spread;

/** Figures of a topology as the comparison sees them, for tests of what follows. */
final class ScaleFiguresFixtures {

    private ScaleFiguresFixtures() {
    }

    static ScaleFigures figures(String name, double rate, double rssMib, double cpuPer1000, boolean lowerBound) {
        return new ScaleFigures(name, name + " shape", List.of("monolith", "gateway"), 1, Spread.of(List.of(rate)),
                lowerBound ? 1 : 0, Spread.of(List.of(rssMib)), Spread.of(List.of(cpuPer1000)),
                Map.of("monolith", Spread.of(List.of(1000L))), 0, 0, List.of());
    }

}
