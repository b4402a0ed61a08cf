package dev.ficus.inventoryservice.stock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ids of products the catalog announced: the inventory's own projection of the catalog. */
@Repository
class KnownProducts {

    private final JdbcClient jdbc;

    KnownProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean contains(long productId) {
        return jdbc.sql("select count(*) from inventory_known_product where product_id = ?").param(productId)
                .query(Long.class).single() > 0;
    }

    /** Adds {@code productId}; {@code false} when it was known already. */
    boolean add(long productId) {
        return jdbc.sql("insert into inventory_known_product (product_id) select ? "
                        + "where not exists (select 1 from inventory_known_product where product_id = ?)")
                .params(productId, productId).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from inventory_known_product").query(Long.class).single();
    }
}
