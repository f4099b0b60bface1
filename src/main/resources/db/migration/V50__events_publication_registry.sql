-- Spring Modulith's event publication registry (its JDBC schema, version 2), kept by Flyway like every other table so
-- that H2 and PostgreSQL get the same. Each row is one event to one listener that reacts after the commit: it stays
-- until the listener has run (completed rows are deleted, see application.yml), so a failed or interrupted delivery
-- is found and resubmitted (support/EventRedelivery).

create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(20000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_status on event_publication (status, publication_date);
