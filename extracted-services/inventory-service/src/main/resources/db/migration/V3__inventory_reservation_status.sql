-- As the monolith's inventory module (monolith-app V9): settled reservations are kept with their outcome, so that
-- reserving, committing or releasing again for the same order changes nothing.
ALTER TABLE inventory_reservation ADD COLUMN status VARCHAR(16) DEFAULT 'RESERVED' NOT NULL;

CREATE UNIQUE INDEX inventory_reservation_order_product_idx ON inventory_reservation (order_id, product_id);
