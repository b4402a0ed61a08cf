package dev.ficus.plan;

import java.nio.file.Path;

/**
 * The plans the tests read: the analyzer's shop fixture, whose {@code plan.json} the
 * analyzer's own tests keep equal to what {@code ficus plan} writes.
 */
final class PlanFixtures {

    static final Path SHOP_PLAN = Path.of("..", "analyzer", "src", "test", "resources", "fixtures", "plan", "shop",
            "plan.json");

    private PlanFixtures() {
    }

}
