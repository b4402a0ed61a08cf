package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.RealServices;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate-data --plan} with the sample's real plan between two schemas of a real
 * PostgreSQL.
 */
class MigrateDataFromPlanPostgresIntegrationTests {

    private static final int ROWS = 240;

    private final ShopDatabase monolith = ShopDatabase
        .postgres(RealServices.freshPostgresSchema("data_migration_plan_monolith"))
        .migrated("monolith")
        .withNotifications(ROWS)
        .withShipments(ROWS);

    @Test
    void resumesTheNotificationsInterruptedHalfWay() {
        ShopDatabase service = ShopDatabase.postgres(RealServices.freshPostgresSchema("data_migration_notifications"))
            .withTablesOf("notifications");

        int committed = MigrationRun.interruptedAfter(3, "notifications", monolith, service, "--plan", plan(),
                "--batch", "40");
        long copiedBeforeResuming = service.count("notifications_notification");
        MigrationRun resumed = MigrationRun.of("notifications", monolith, service, "--plan", plan(), "--batch", "40");

        assertThat(committed).isEqualTo(3);
        assertThat(copiedBeforeResuming).isEqualTo(120);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("notifications_notification copied 120 of 240 rows")
            .containsPattern("notifications_notification +240 +240 +(\\p{XDigit}{16})  +\\1  +match");
        assertThat(service.queryString("select recipient from notifications_notification where id = 200"))
            .isEqualTo("customer14@example.com");
    }

    @Test
    void copiesTheShipmentsAndContinuesTheirIdentity() {
        ShopDatabase service = ShopDatabase.postgres(RealServices.freshPostgresSchema("data_migration_shipping"))
            .withTablesOf("shipping");

        MigrationRun run = MigrationRun.of("shipping", monolith, service, "--plan", plan());
        service.update("insert into shipping_shipment (order_id, customer_id, tracking_number, shipped_at)"
                + " values (99999, 1, 'TRK-NEW', current_timestamp)");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("shipping_shipment +240 +240 +(\\p{XDigit}{16})  +\\1  +match")
            .contains("verified: both sides match");
        assertThat(service.queryLong("select id from shipping_shipment where tracking_number = 'TRK-NEW'"))
            .isEqualTo(ROWS + 1);
    }

    private static String plan() {
        return SamplePlan.file().toString();
    }

}
