package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code migrate-data} from a monolith H2 database to a service H2 database, both with
 * their real schemas.
 */
class MigrateDataH2IntegrationTests {

    private static final int PRODUCTS = 200;

    private final ShopDatabase monolith = ShopDatabase.h2().migrated("monolith").seeded(PRODUCTS);

    @Test
    void copiesTheCatalogAndProvesBothSidesMatch() {
        ShopDatabase catalog = ShopDatabase.h2().migrated("catalog");

        MigrationRun run = MigrationRun.of("catalog", monolith, catalog, "--batch", "64");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(catalog.count("catalog_product")).isEqualTo(PRODUCTS);
        assertThat(run.out()).containsPattern("catalog_product +200 +200 +(\\p{XDigit}{16})  +\\1  +match")
            .containsPattern("catalog_category +5 +5 ")
            .contains("verified: both sides match");
        assertThat(run.err()).contains("catalog_product: 200 rows read, 200 copied");
    }

    @Test
    void continuesIdentitiesAfterTheCopiedRows() {
        ShopDatabase catalog = ShopDatabase.h2().migrated("catalog");
        MigrationRun.of("catalog", monolith, catalog);

        catalog.update("insert into catalog_category (name) values ('new')");

        assertThat(catalog.queryLong("select id from catalog_category where name = 'new'")).isEqualTo(6);
    }

    @Test
    void resumesAnInventoryCopyInterruptedHalfWay() {
        ShopDatabase inventory = ShopDatabase.h2().migrated("inventory");

        int committed = MigrationRun.interruptedAfter(2, "inventory", monolith, inventory, "--batch", "50");

        assertThat(committed).isEqualTo(2);
        assertThat(inventory.count("inventory_stock")).isEqualTo(PRODUCTS / 2);
        MigrationRun resumed = MigrationRun.of("inventory", monolith, inventory, "--batch", "50");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("inventory_stock            copied 100 of 200 rows")
            .containsPattern("inventory_reservation +40 +40 ")
            .containsPattern("inventory_known_product +200 +200 ");
        assertThat(inventory.count("inventory_stock")).isEqualTo(PRODUCTS);
    }

    @Test
    void refusesToOverwriteAConflictingRow() {
        ShopDatabase catalog = ShopDatabase.h2().migrated("catalog");
        catalog.update("insert into catalog_category (id, name) values (1, 'books')");
        catalog.update("insert into catalog_product (id, sku, name, category_id, price_amount, price_currency) "
                + "values (1, 'SKU-00001', 'Renamed on the service', 1, 1.00, 'EUR')");

        MigrationRun run = MigrationRun.of("catalog", monolith, catalog);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().reduce((first, second) -> second)).hasValueSatisfying(
                line -> assertThat(line).startsWith("migrate-data: conflict in catalog_product at key 1")
                    .endsWith("(refusing to overwrite)"));
        assertThat(catalog.queryString("select name from catalog_product where id = 1"))
            .isEqualTo("Renamed on the service");
    }

    @Test
    void reportsExtraTargetRowsAsADifference() {
        ShopDatabase catalog = ShopDatabase.h2().migrated("catalog");
        catalog.update("insert into catalog_category (id, name) values (99, 'only on the service')");

        MigrationRun run = MigrationRun.of("catalog", monolith, catalog);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("catalog_category +5 +6 .*DIFFERENT")
            .contains("NOT verified: the sides differ");
    }

    @Test
    void writesNothingOnADryRun() {
        ShopDatabase catalog = ShopDatabase.h2().migrated("catalog");

        MigrationRun run = MigrationRun.of("catalog", monolith, catalog, "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("catalog_product            would copy 200 of 200 rows")
            .contains("dry run: nothing was written");
        assertThat(run.err()).contains("catalog_product: 200 rows read, 200 to copy").doesNotContain("copied");
        assertThat(catalog.count("catalog_product")).isZero();
    }

    @Test
    void answersUserMistakesWithExitCodeTwoAndOneLine() {
        ShopDatabase catalog = ShopDatabase.h2().migrated("catalog");
        ShopDatabase empty = ShopDatabase.h2();

        assertUserMistake(MigrationRun.of("billing", monolith, catalog), "unknown capability 'billing'");
        assertUserMistake(MigrationRun.of("catalog", monolith, catalog, "--batch", "0"), "--batch must be at least 1");
        assertUserMistake(MigrationRun.of("catalog", monolith, empty), "the target database has no usable table");
        assertUserMistake(
                MigrationRun.execute("--capability", "catalog", "--from", "jdbc:nosuch:x", "--to", "jdbc:nosuch:y"),
                "cannot connect to the source database jdbc:nosuch:x");
        assertUserMistake(MigrationRun.execute("--capability", "catalog"), "Missing required options");
    }

    private static void assertUserMistake(MigrationRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).contains(message).doesNotContain("\n").doesNotContain("Exception");
    }

}
