package dev.ficus.shop.catalog;

import dev.ficus.shop.api.catalog.ProductDto;
import java.util.Optional;

/**
 * What other modules may ask the catalog, synchronously. Each method maps onto one
 * endpoint of the HTTP contract ({@code GET /api/catalog/products/{id}}), so a remote
 * implementation can replace this one.
 */
public interface Catalog {

    Optional<ProductDto> findProduct(long productId);

    /**
     * Whether a product with this id exists; all the inventory needs to know of the
     * catalog.
     */
    default boolean contains(long productId) {
        return findProduct(productId).isPresent();
    }

}
