package dev.ficus.catalogservice.product;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored products. */
interface ProductRepository extends JpaRepository<Product, Long> {

    boolean existsBySku(String sku);
}
