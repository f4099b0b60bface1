-- Notices by mail. Each notice records how it goes by mail, decided by the person's choice for its category when it is
-- sent (IMMEDIATE, DAILY or NEVER; null for notices older than mail), the day's digest it was put in, and when its mail
-- was dealt with (sent, or settled without one: the person has since unsubscribed, or has no address).

alter table notification add column mail varchar(10);
alter table notification add column digest_date date;
alter table notification add column mail_handled_at timestamp with time zone;
create index notification_digest on notification (mail, digest_date, account_id);

-- A person's choice of mail for a category; a category without a row has its default (reminders immediately, the rest
-- in the daily digest).
create table notification_mail_choice (
    account_id bigint not null references account (id),
    category   varchar(20) not null,
    mode       varchar(10) not null,
    primary key (account_id, category)
);

-- The key that signs unsubscribe links, generated on first use (one row) unless practica.mail.unsubscribe-key is set.
create table notification_mail_key (
    id         integer primary key,
    secret     varchar(100) not null,
    created_at timestamp with time zone not null
);
