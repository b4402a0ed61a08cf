package dev.ficus.inventoryservice.stock;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored stock levels by product id. */
interface StockRepository extends JpaRepository<Stock, Long> {
}
