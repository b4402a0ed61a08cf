package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.Risk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficNotesUnitTests {

    private static final Path SHOP_PLAN = Path.of("src/test/resources/fixtures/plan/shop/plan.json");

    private final CandidatePlan catalog = PlanFiles.read(SHOP_PLAN).candidate("catalog").orElseThrow();

    @Test
    void saysNothingOfACandidateWhosePathsAreAllItsOwn() {
        assertThat(catalog.traffic().endpoints()).isNotEmpty();

        assertThat(TrafficNotes.of(catalog, "routes.yml")).isEmpty();
    }

    @Test
    void passesOnThePlansRisksAboutItsPaths() {
        CandidatePlan sharing = withRisks(new Risk("shared-path", "/status is also a path of orders"),
                new Risk("cycle", "catalog and orders call each other"),
                new Risk("no-own-path", "no path of catalog can be routed to it alone"));

        assertThat(TrafficNotes.of(sharing, "routes.yml")).containsExactly(
                "/status is also a path of orders (plan risk `shared-path`)",
                "no path of catalog can be routed to it alone (plan risk `no-own-path`)");
    }

    private CandidatePlan withRisks(Risk... risks) {
        return new CandidatePlan(catalog.name(), catalog.rank(), catalog.score(), catalog.why(), catalog.boundary(),
                catalog.data(), catalog.traffic(), catalog.checklist(), List.of(risks));
    }

}
