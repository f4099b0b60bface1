-- A volunteer's request to correct an hours entry, or to record a missing one, and its answer.
create table correction_request (
    id               bigint primary key,
    student_id       bigint        not null references account (id),
    student_path     varchar(400)  not null,
    entry_id         bigint,
    project_id       bigint        not null,
    community_path   varchar(400)  not null,
    work_date        date          not null,
    current_hours    numeric(10, 2),
    asked_hours      numeric(10, 2) not null,
    reason           varchar(1000) not null,
    evidence_name    varchar(200),
    evidence_type    varchar(100),
    evidence_sha256  varchar(64),
    evidence         bytea,
    status           varchar(20)   not null,
    due_on           date          not null,
    escalated_at     timestamp with time zone,
    escalated_to     varchar(400),
    answer           varchar(20),
    answer_reason    varchar(1000),
    answered_hours   numeric(10, 2),
    result_entry_id  bigint,
    answered_by      varchar(64),
    answered_at      timestamp with time zone,
    requested_at     timestamp with time zone not null,
    version          bigint        not null
);
create sequence correction_request_seq start with 1 increment by 50;
create index correction_request_student on correction_request (student_id, requested_at);
create index correction_request_community on correction_request (community_path, status);
create index correction_request_due on correction_request (status, due_on);

-- Each download of the national volunteer system's import file: who, when, which organisation and period.
create table record_export (
    id                bigint primary key,
    organisation_id   bigint       not null references organisation (id),
    organisation_path varchar(400) not null,
    period_from       date         not null,
    period_to         date         not null,
    row_count         integer      not null,
    refused_count     integer      not null,
    repeated_count    integer      not null,
    exported_by       varchar(64)  not null,
    exported_at       timestamp with time zone not null
);
create sequence record_export_seq start with 1 increment by 50;
create index record_export_path on record_export (organisation_path, exported_at);

-- The hours entries an export carried: a later export marks them as already exported.
create table record_export_entry (
    export_id bigint not null references record_export (id),
    entry_id  bigint not null,
    primary key (export_id, entry_id)
);
create index record_export_entry_entry on record_export_entry (entry_id);
