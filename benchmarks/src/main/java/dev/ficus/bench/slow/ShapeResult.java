package dev.ficus.bench.slow;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.ficus.bench.measure.Spread;

/**
 * One shape over its repeats.
 *
 * @param name the shape ({@link SlowShape#name()})
 * @param description its processes and circuit breaker, one line
 * @param slowProcess the process whose inventory turned slow
 * @param circuitBreaker whether the monolith called inventory-service through its circuit
 * breaker; {@code null} where the inventory is in-process
 * @param repeats every repeat, failed ones included
 * @param other the endpoints that do not need the inventory, over the measured repeats
 * @param inventory the endpoints that need it
 * @param endpoints each endpoint, by name
 * @param circuitOpenings times the circuit opened per repeat; empty where there is none
 */
public record ShapeResult(String name, String description, String slowProcess, @Nullable Boolean circuitBreaker,
        List<SlowRepeat> repeats, FigureSpread other, FigureSpread inventory, List<FigureSpread> endpoints,
        Spread circuitOpenings) {

    public static final String OTHER = "endpoints not needing inventory";

    public static final String INVENTORY = "endpoints needing inventory";

    public ShapeResult {
        repeats = List.copyOf(repeats);
        endpoints = List.copyOf(endpoints);
    }

    /** Sums up the repeats that were measured. */
    static ShapeResult of(SlowShape shape, String description, List<SlowRepeat> repeats) {
        List<RepeatFigures> measured = repeats.stream().map(SlowRepeat::figures).filter(Objects::nonNull).toList();
        List<String> names = measured.stream()
            .flatMap(figures -> figures.endpoints().stream())
            .map(RepeatFigures.EndpointFigures::endpoint)
            .distinct()
            .sorted()
            .toList();
        List<FigureSpread> endpoints = new ArrayList<>();
        for (String endpoint : names) {
            List<RepeatFigures.EndpointFigures> each = measured.stream()
                .flatMap(figures -> figures.endpoints().stream())
                .filter(figures -> figures.endpoint().equals(endpoint))
                .toList();
            endpoints.add(FigureSpread.of(endpoint, each.stream().map(RepeatFigures.EndpointFigures::before).toList(),
                    each.stream().map(RepeatFigures.EndpointFigures::slow).toList()));
        }
        return new ShapeResult(shape.name(), description, shape.slowProcess(), shape.circuitBreaker().orElse(null),
                repeats, group(OTHER, measured, RepeatFigures::otherBefore, RepeatFigures::otherSlow),
                group(INVENTORY, measured, RepeatFigures::inventoryBefore, RepeatFigures::inventorySlow), endpoints,
                Spread.of(repeats.stream()
                    .map(SlowRepeat::circuitOpenings)
                    .filter(Objects::nonNull)
                    .map(Integer::doubleValue)
                    .toList()));
    }

    private static FigureSpread group(String name, List<RepeatFigures> measured,
            Function<RepeatFigures, PhaseFigures> before, Function<RepeatFigures, PhaseFigures> slow) {
        return FigureSpread.of(name, measured.stream().map(before).toList(), measured.stream().map(slow).toList());
    }

    /** Whether any repeat was measured. */
    public boolean measured() {
        return repeats.stream().anyMatch(repeat -> repeat.figures() != null);
    }

}
