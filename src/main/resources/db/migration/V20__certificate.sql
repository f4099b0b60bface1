-- Certificates of volunteer service: numbered, verifiable, immutable once issued. Each keeps a snapshot of what it
-- certifies (the student, the issuer, one line per project), so its PDF can be made again exactly as issued.

create sequence certificate_seq start with 1 increment by 50;
-- The running number in a certificate's number (PRC-2026-000123); never reused.
create sequence certificate_number_seq start with 1 increment by 1;

create table certificate (
    id                        bigint primary key,
    number                    varchar(40)   not null unique,
    verification_code         varchar(64)   not null unique,
    student_id                bigint        not null references account (id),
    student_name              varchar(100)  not null,
    student_number            varchar(40),
    student_organisation_id   bigint        not null references organisation (id),
    student_organisation_path varchar(400)  not null,
    college_name              varchar(200)  not null,
    university_name           varchar(200)  not null,
    period_from               date          not null,
    period_to                 date          not null,
    total_hours               numeric(10, 2) not null,
    issuer_id                 bigint        not null references organisation (id),
    issuer_name               varchar(200)  not null,
    issued_at                 timestamp with time zone not null,
    issued_by                 varchar(64)   not null,
    created_at                timestamp with time zone not null,
    created_by                varchar(64),
    updated_at                timestamp with time zone not null,
    updated_by                varchar(64),
    version                   bigint not null
);
create index certificate_student on certificate (student_id, issued_at);
create index certificate_student_path on certificate (student_organisation_path);

create table certificate_line (
    certificate_id bigint not null references certificate (id),
    line_index     integer not null,
    project_id     bigint not null,
    project_title  varchar(200) not null,
    community_id   bigint,
    community_name varchar(200),
    first_day      date not null,
    last_day       date not null,
    hours          numeric(10, 2) not null,
    primary key (certificate_id, line_index)
);
