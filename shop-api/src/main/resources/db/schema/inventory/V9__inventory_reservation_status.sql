-- Owned by the inventory module and the inventory service (Flyway location classpath:db/schema/inventory of shop-api).
-- A settled reservation keeps its outcome instead of being deleted, so that reserving, committing or releasing again
-- for the same order (a retried call from a remote caller) changes nothing.
ALTER TABLE inventory_reservation ADD COLUMN status VARCHAR(16) DEFAULT 'RESERVED' NOT NULL;

CREATE UNIQUE INDEX inventory_reservation_order_product_idx ON inventory_reservation (order_id, product_id);
