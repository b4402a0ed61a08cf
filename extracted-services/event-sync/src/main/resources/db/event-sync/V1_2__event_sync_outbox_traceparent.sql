-- The W3C traceparent of the request that wrote the event, so that the relay publishes it with the message and the
-- consumer continues the same trace. Empty for events written outside a trace.
alter table ${outbox_table} add column traceparent varchar(55);
