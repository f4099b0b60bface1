-- Attendance at shifts, and the secrets the app instances share.

create sequence attendance_seq start with 1 increment by 50;

create table attendance (
    id             bigint primary key,
    shift_id       bigint not null references shift (id),
    project_id     bigint not null references project (id),
    student_id     bigint not null references account (id),
    checked_in_at  timestamp with time zone not null,
    checked_out_at timestamp with time zone,
    hours_entry_id bigint references hours_entry (id),
    created_at     timestamp with time zone not null,
    created_by     varchar(64),
    updated_at     timestamp with time zone not null,
    updated_by     varchar(64),
    version        bigint not null,
    constraint attendance_once unique (shift_id, student_id)
);
create index attendance_open on attendance (student_id, checked_out_at);

create table app_secret (
    name   varchar(40) primary key,
    secret varchar(200) not null
);
