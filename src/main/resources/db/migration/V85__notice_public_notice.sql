-- Public notices (公示): a shortlist of subjects shown to everyone for a number of working days, the real-name
-- objections raised against its subjects and their decisions, and the count of objections per client address.

create sequence notice_seq start with 1 increment by 50;
create sequence notice_subject_seq start with 1 increment by 50;
create sequence notice_objection_seq start with 1 increment by 50;

create table notice (
    id                bigint primary key,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    owner_kind        varchar(40) not null,
    owner_id          bigint not null,
    title             varchar(200) not null,
    opens_at          timestamp with time zone not null,
    closes_at         timestamp with time zone not null,
    working_days      integer not null,
    ended_at          timestamp with time zone,
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null
);
create index notice_owner on notice (owner_kind, owner_id);
create index notice_organisation on notice (organisation_path);
create index notice_due on notice (closes_at);

create table notice_subject (
    id        bigint primary key,
    notice_id bigint not null references notice (id),
    ordinal   integer not null,
    ref       varchar(100) not null,
    name      varchar(200) not null,
    unique (notice_id, ref)
);
create index notice_subject_notice on notice_subject (notice_id, ordinal);

-- The facts published of a subject, in order: a label (a message key, or text shown as it is) and a value.
create table notice_fact (
    subject_id bigint not null references notice_subject (id),
    ordinal    integer not null,
    label      varchar(100) not null,
    fact_value varchar(500) not null,
    primary key (subject_id, ordinal)
);

create table notice_objection (
    id              bigint primary key,
    notice_id       bigint not null references notice (id),
    subject_id      bigint not null references notice_subject (id),
    real_name       varchar(50) not null,
    contact         varchar(100) not null,
    reason          varchar(2000) not null,
    client_address  varchar(64),
    raised_at       timestamp with time zone not null,
    upheld          boolean,
    decision_reason varchar(1000),
    decided_at      timestamp with time zone,
    decided_by      varchar(64),
    version         bigint not null
);
create index notice_objection_notice on notice_objection (notice_id, subject_id);

-- How many objections one client address raised in its current window (CAPTCHA-free throttle).
create table notice_objection_throttle (
    address           varchar(64) primary key,
    window_started_at timestamp with time zone not null,
    objections        integer not null
);
