-- Annual reviews (年审) of clubs with the federation's decisions, the federation's adjustments of computed star
-- ratings, requests to take over a dormant club, and a dormant club's cancellation proposal.

create sequence club_annual_review_seq start with 1 increment by 50;
create sequence club_rating_adjustment_seq start with 1 increment by 50;
create sequence club_takeover_seq start with 1 increment by 50;

-- One filing of a year's report: FILED until the federation approves or returns it (with a comment); a returned
-- report is filed again as a new row, so every filing and decision is kept.
create table club_annual_review (
    id          bigint primary key,
    club_id     bigint not null references club (id),
    review_year integer not null,
    report      varchar(8000) not null,
    status      varchar(20) not null,
    filed_by    bigint not null references account (id),
    filed_at    timestamp with time zone not null,
    decided_by  bigint references account (id),
    decided_at  timestamp with time zone,
    comment     varchar(2000),
    created_at  timestamp with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64),
    version     bigint not null
);
create index club_annual_review_club on club_annual_review (club_id, review_year);
create index club_annual_review_status on club_annual_review (status);

-- The federation's star grade for a club's year in place of the computed one, with its reason; the latest holds,
-- the earlier ones stay.
create table club_rating_adjustment (
    id          bigint primary key,
    club_id     bigint not null references club (id),
    rating_year integer not null,
    stars       integer not null,
    reason      varchar(2000) not null,
    adjusted_by bigint not null references account (id),
    adjusted_at timestamp with time zone not null
);
create index club_rating_adjustment_club on club_rating_adjustment (club_id, rating_year);

-- A student's request to take over a dormant club, with a statement; the federation decides.
create table club_takeover (
    id           bigint primary key,
    club_id      bigint not null references club (id),
    requester_id bigint not null references account (id),
    statement    varchar(4000) not null,
    status       varchar(20) not null,
    decided_by   bigint references account (id),
    decided_at   timestamp with time zone,
    comment      varchar(2000),
    created_at   timestamp with time zone not null,
    created_by   varchar(64),
    updated_at   timestamp with time zone not null,
    updated_by   varchar(64),
    version      bigint not null
);
create index club_takeover_club on club_takeover (club_id, status);

-- A dormant club's cancellation proposal: its public notice and when it ends (null: none pending)
alter table club add column dormant_notice_id bigint;
alter table club add column dormant_notice_ends_at timestamp with time zone;
