-- The hours ledger: entries (current state), the hash-chained lines that tell their story, and back-fill evidence.

create sequence hours_entry_seq start with 1 increment by 1;

create table hours_entry (
    id                    bigint primary key,
    student_id            bigint not null references account (id),
    project_id            bigint not null references project (id),
    shift_id              bigint references shift (id),
    work_date             date not null,
    hours                 numeric(6, 2) not null,
    status                varchar(20) not null,
    source                varchar(20) not null,
    reason                varchar(1000),
    supersedes_id         bigint references hours_entry (id),
    community_path        varchar(400) not null,
    team_path             varchar(400),
    student_path          varchar(400) not null,
    community_verified_at timestamp with time zone,
    community_verified_by varchar(64),
    dispute_reason        varchar(1000),
    recorded_at           timestamp with time zone not null,
    recorded_by           varchar(64) not null,
    version               bigint not null
);
create index hours_entry_student on hours_entry (student_id, work_date);
create index hours_entry_status on hours_entry (status, recorded_at);
create index hours_entry_community on hours_entry (community_path);
create index hours_entry_student_path on hours_entry (student_path);
create index hours_entry_project on hours_entry (project_id);

create table hours_ledger (
    seq           bigint primary key,
    entry_id      bigint not null references hours_entry (id),
    action        varchar(40) not null,
    actor         varchar(64) not null,
    recorded_at   timestamp with time zone not null,
    content       varchar(2000) not null,
    previous_hash varchar(64) not null,
    hash          varchar(64) not null
);
create index hours_ledger_entry on hours_ledger (entry_id, seq);

create table hours_ledger_head (
    id        integer primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into hours_ledger_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table hours_evidence (
    entry_id     bigint primary key references hours_entry (id),
    file_name    varchar(200) not null,
    content_type varchar(50) not null,
    sha256       varchar(64) not null,
    bytes        bytea not null
);
