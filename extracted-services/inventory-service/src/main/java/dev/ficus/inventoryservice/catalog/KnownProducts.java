package dev.ficus.inventoryservice.catalog;

import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.catalog.Catalog;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory's own projection of the catalog: the ids of products the catalog
 * announced (seeded, migrated or received as {@code ProductCreated}). It is the
 * {@link Catalog} the inventory module asks here, where the monolith calls its catalog
 * module in-process; it knows ids only, which is all the inventory asks.
 */
@Repository
public class KnownProducts implements Catalog {

    private final JdbcClient jdbc;

    KnownProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean contains(long productId) {
        return jdbc.sql("select count(*) from inventory_known_product where product_id = ?")
            .param(productId)
            .query(Long.class)
            .single() > 0;
    }

    /**
     * Not answerable here: the inventory keeps no product details, only ids; ask the
     * catalog service.
     */
    @Override
    public Optional<ProductDto> findProduct(long productId) {
        throw new UnsupportedOperationException("the inventory service knows catalog product ids only");
    }

    /** Adds {@code productId}; {@code false} when it was known already. */
    @Transactional
    public boolean add(long productId) {
        return jdbc
            .sql("insert into inventory_known_product (product_id) select ? "
                    + "where not exists (select 1 from inventory_known_product where product_id = ?)")
            .params(productId, productId)
            .update() == 1;
    }

    /** How many products the inventory knows. */
    public long count() {
        return jdbc.sql("select count(*) from inventory_known_product").query(Long.class).single();
    }

}
