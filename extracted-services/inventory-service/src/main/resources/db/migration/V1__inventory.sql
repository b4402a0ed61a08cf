create table inventory_stock (
    product_id bigint primary key,
    on_hand    integer not null,
    reserved   integer not null default 0,
    version    bigint  not null default 0,
    constraint inventory_stock_reserved_le_on_hand check (reserved <= on_hand)
);
