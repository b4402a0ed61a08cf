-- Product ids the catalog announced (seeded, migrated or received as ProductCreated): the service's own
-- projection instead of the monolith's in-process call into the catalog module. (V2, the outbox and inbox, comes
-- from event-sync's Flyway location.)
create table inventory_known_product (
    product_id bigint primary key
);
