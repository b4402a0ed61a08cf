package dev.ficus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationPlanUnitTests {

    private final MigrationPlan plan = PlanDocuments.read(PlanFixtures.SHOP_PLAN);

    @Test
    void suggestsTheCandidateAMisspeltNameMostLikelyMeans() {
        assertThat(plan.unknownCandidate("notifcations", "plan.json")).isEqualTo(
                "unknown candidate 'notifcations' in plan.json, did you mean 'notifications'? (candidates: catalog,"
                        + " notifications, orders)");
        assertThat(plan.unknownCandidate("ordesr", "plan.json")).contains("did you mean 'orders'?");
    }

    @Test
    void suggestsNothingForANameFarFromEveryCandidate() {
        assertThat(plan.unknownCandidate("billing", "plan.json"))
            .isEqualTo("unknown candidate 'billing' in plan.json (candidates: catalog, notifications, orders)");
    }

}
