-- Spring Modulith's event publication registry (JPA, completion mode UPDATE): one row per event and listener.
CREATE TABLE event_publication (
    id                     UUID         NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(10000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_completion_idx ON event_publication (completion_date);
