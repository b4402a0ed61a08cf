-- The row an instance locks while it delivers event publications again, so that instances sharing the database
-- take turns (EventRedelivery).
CREATE TABLE event_redelivery_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);

INSERT INTO event_redelivery_lock (name) VALUES ('redelivery');
