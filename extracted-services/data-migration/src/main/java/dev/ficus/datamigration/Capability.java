package dev.ficus.datamigration;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;

/**
 * The capabilities whose data moves without a plan, for the two services written by hand
 * for the sample, each with its tables in dependency order (parents first).
 */
enum Capability implements CapabilityTables {

    CATALOG(List.of(TableSpec.copied("catalog_category", true, "id", "name"),
            TableSpec.copied("catalog_product", true, "id", "sku", "name", "description", "category_id", "price_amount",
                    "price_currency"))),

    INVENTORY(List.of(TableSpec.copied("inventory_stock", false, "product_id", "on_hand", "reserved"),
            TableSpec.copied("inventory_reservation", true, "id", "order_id", "product_id", "quantity"),
            // the service's projection of known products is filled from the monolith's
            // catalog
            new TableSpec("inventory_known_product", List.of("product_id"), List.of("product_id"),
                    "select id as product_id from catalog_product", false)));

    private final List<TableSpec> tables;

    Capability(List<TableSpec> tables) {
        this.tables = tables;
    }

    @Override
    public String service() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<TableSpec> tables(Connection source, Connection target) {
        return tables;
    }

}
