package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.RealServices;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate-data} between two schemas of a real PostgreSQL, interrupted half way and
 * resumed.
 */
class MigrateDataPostgresIntegrationTests {

    private static final int PRODUCTS = 300;

    @Test
    void resumesACatalogCopyInterruptedHalfWay() {
        ShopDatabase monolith = ShopDatabase.postgres(RealServices.freshPostgresSchema("data_migration_monolith"))
            .migrated("monolith")
            .seeded(PRODUCTS);
        ShopDatabase catalog = ShopDatabase.postgres(RealServices.freshPostgresSchema("data_migration_catalog"))
            .migrated("catalog");

        int committed = MigrationRun.interruptedAfter(4, "catalog", monolith, catalog, "--batch", "50");
        long copiedBeforeInterruption = catalog.count("catalog_product");
        MigrationRun resumed = MigrationRun.of("catalog", monolith, catalog, "--batch", "50");

        assertThat(committed).isEqualTo(4);
        assertThat(copiedBeforeInterruption).isEqualTo(150);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("catalog_product            copied 150 of 300 rows")
            .containsPattern("catalog_product +300 +300 +(\\p{XDigit}{16})  +\\1  +match");
        assertThat(catalog.queryString("select price_amount from catalog_product where id = 7"))
            .isEqualTo(monolith.queryString("select price_amount from catalog_product where id = 7"));
    }

    @Test
    void copiesTheInventoryWithItsProductProjection() {
        ShopDatabase monolith = ShopDatabase.postgres(RealServices.freshPostgresSchema("data_migration_monolith"))
            .migrated("monolith")
            .seeded(PRODUCTS);
        ShopDatabase inventory = ShopDatabase.postgres(RealServices.freshPostgresSchema("data_migration_inventory"))
            .migrated("inventory");

        MigrationRun run = MigrationRun.of("inventory", monolith, inventory);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("inventory_stock +300 +300 ")
            .containsPattern("inventory_reservation +60 +60 ")
            .containsPattern("inventory_known_product +300 +300 ");
    }

}
