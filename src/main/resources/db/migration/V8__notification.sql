-- In-app notifications, and the daily jobs' runs (one row a job a day: the instance that inserts it runs it).

create sequence notification_seq start with 1 increment by 50;

create table notification (
    id          bigint primary key,
    account_id  bigint not null references account (id),
    message_key varchar(100) not null,
    arguments   varchar(1000),
    link        varchar(300),
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index notification_account on notification (account_id, created_at);

create table job_run (
    job        varchar(40) not null,
    run_date   date not null,
    claimed_at timestamp with time zone not null,
    primary key (job, run_date)
);
