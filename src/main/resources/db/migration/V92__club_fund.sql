-- The development fund (发展基金): a university's yearly budget, clubs' requests with their line items and every
-- review, and the spending against granted requests: a hash-chained ledger, like the hours ledger.

create sequence fund_request_seq start with 1 increment by 50;
create sequence fund_request_review_seq start with 1 increment by 50;

create table club_fund_budget (
    university_id bigint not null references organisation (id),
    fund_year     integer not null,
    budget        numeric(12, 2) not null,
    granted       numeric(12, 2) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64),
    primary key (university_id, fund_year)
);

create table fund_request (
    id                bigint primary key,
    club_id           bigint not null references club (id),
    university_id     bigint not null references organisation (id),
    fund_year         integer not null,
    purpose           varchar(2000) not null,
    requested_amount  numeric(12, 2) not null,
    proposed_amount   numeric(12, 2),
    granted_amount    numeric(12, 2),
    spent             numeric(12, 2) not null,
    status            varchar(30) not null,
    requested_by      bigint not null references account (id),
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null,
    constraint fund_request_spent_within check (granted_amount is null or spent <= granted_amount),
    constraint fund_request_spent_positive check (spent >= 0)
);
create index fund_request_club on fund_request (club_id);
create index fund_request_university on fund_request (university_id, fund_year, status);

create table fund_request_item (
    request_id bigint not null references fund_request (id),
    position   integer not null,
    name       varchar(200) not null,
    amount     numeric(12, 2) not null,
    primary key (request_id, position)
);

create table fund_request_review (
    id          bigint primary key,
    request_id  bigint not null references fund_request (id),
    stage       varchar(20) not null,
    decision    varchar(20) not null,
    amount      numeric(12, 2),
    comment     varchar(2000),
    reviewer_id bigint not null references account (id),
    decided_at  timestamp with time zone not null
);
create index fund_request_review_request on fund_request_review (request_id);

-- Spending lines: each with its receipt and a hash over what it says and the line before it.
create table club_spending (
    seq            bigint primary key,
    club_id        bigint not null references club (id),
    request_id     bigint not null references fund_request (id),
    amount         numeric(12, 2) not null,
    description    varchar(500) not null,
    receipt_key    varchar(200) not null,
    receipt_name   varchar(200) not null,
    receipt_type   varchar(100) not null,
    receipt_sha256 varchar(64) not null,
    recorded_by    varchar(64) not null,
    recorded_at    timestamp with time zone not null,
    previous_hash  varchar(64) not null,
    hash           varchar(64) not null
);
create index club_spending_club on club_spending (club_id);
create index club_spending_request on club_spending (request_id);

create table club_spending_head (
    id        integer primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into club_spending_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
