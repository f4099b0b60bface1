-- Shifts of projects and students' sign-ups to them.

create sequence shift_seq start with 1 increment by 50;
create sequence signup_seq start with 1 increment by 50;

create table shift (
    id         bigint primary key,
    project_id bigint not null references project (id),
    title      varchar(200) not null,
    starts_at  timestamp with time zone not null,
    ends_at    timestamp with time zone not null,
    capacity   integer not null,
    confirmed  integer not null,
    waitlisted integer not null,
    taken      integer not null,
    address    varchar(300),
    latitude   double precision,
    longitude  double precision,
    created_at timestamp with time zone not null,
    created_by varchar(64),
    updated_at timestamp with time zone not null,
    updated_by varchar(64),
    version    bigint not null
);
create index shift_project on shift (project_id, starts_at);
create index shift_starts on shift (starts_at);

create table signup (
    id               bigint primary key,
    shift_id         bigint not null references shift (id),
    project_id       bigint not null references project (id),
    student_id       bigint not null references account (id),
    status           varchar(20) not null,
    queue_number     integer not null,
    starts_at        timestamp with time zone not null,
    ends_at          timestamp with time zone not null,
    signed_up_at     timestamp with time zone not null,
    cancelled_at     timestamp with time zone,
    confirmed_before boolean not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(64),
    updated_at       timestamp with time zone not null,
    updated_by       varchar(64),
    version          bigint not null,
    constraint signup_queue unique (shift_id, queue_number)
);
create index signup_student on signup (student_id, starts_at);
create index signup_shift on signup (shift_id, status, queue_number);
create index signup_starts on signup (status, starts_at);
