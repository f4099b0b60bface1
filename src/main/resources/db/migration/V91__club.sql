-- Clubs (社团) of a university's student association federation: registration windows, the clubs with every
-- version of their name and charter, the review history, instructors and members.

create sequence club_seq start with 1 increment by 50;
create sequence club_version_seq start with 1 increment by 50;
create sequence club_review_seq start with 1 increment by 50;
create sequence club_member_seq start with 1 increment by 50;
create sequence club_instructor_seq start with 1 increment by 50;
create sequence club_registration_window_seq start with 1 increment by 50;

-- When a university's federation takes applications: NEW clubs and RENEWALs separately; open from opens_at
-- (inclusive) until closes_at (exclusive, none: open until closed).
create table club_registration_window (
    id            bigint primary key,
    university_id bigint not null references organisation (id),
    kind          varchar(20) not null,
    opens_at      timestamp with time zone,
    closes_at     timestamp with time zone,
    created_at    timestamp with time zone not null,
    created_by    varchar(64),
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64),
    version       bigint not null,
    constraint club_registration_window_kind unique (university_id, kind)
);

create table club (
    id                  bigint primary key,
    university_id       bigint not null references organisation (id),
    university_path     varchar(400) not null,
    name                varchar(100) not null,
    -- the name, lower case, while the club holds it: null once rejected or cancelled, so the name is free again
    name_key            varchar(100),
    category            varchar(30) not null,
    purpose             varchar(2000) not null,
    status              varchar(20) not null,
    review_stage        varchar(20),
    approved_version_id bigint,
    pending_version_id  bigint,
    members_need_approval boolean not null,
    instructors_public  boolean not null,
    applicant_id        bigint not null references account (id),
    notice_id           bigint,
    notice_ends_at      timestamp with time zone,
    probation_ends_at   timestamp with time zone,
    without_president   boolean not null,
    status_reason       varchar(1000),
    status_changed_at   timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(64),
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64),
    version             bigint not null,
    constraint club_name_in_university unique (university_id, name_key)
);
create index club_university on club (university_path, status);
create index club_probation on club (status, probation_ends_at);

-- Every version of a club's name, category, purpose and charter: the applied one, each change asked for, and
-- whether it was approved. The club's page shows the last approved one.
create table club_version (
    id                  bigint primary key,
    club_id             bigint not null references club (id),
    number              integer not null,
    name                varchar(100) not null,
    category            varchar(30) not null,
    purpose             varchar(2000) not null,
    charter_name        varchar(200) not null,
    charter_purpose     varchar(4000) not null,
    charter_rights      varchar(4000) not null,
    charter_officers    varchar(4000) not null,
    charter_finances    varchar(4000) not null,
    charter_dissolution varchar(4000) not null,
    state               varchar(20) not null,
    submitted_by        bigint not null references account (id),
    submitted_at        timestamp with time zone not null,
    constraint club_version_number unique (club_id, number)
);

-- Every decision of the review chain: the federation, then a university admin.
create table club_review (
    id          bigint primary key,
    club_id     bigint not null references club (id),
    version_id  bigint not null references club_version (id),
    stage       varchar(20) not null,
    decision    varchar(20) not null,
    comment     varchar(2000),
    reviewer_id bigint not null references account (id),
    decided_at  timestamp with time zone not null
);
create index club_review_club on club_review (club_id, decided_at);

create table club_instructor (
    id           bigint primary key,
    club_id      bigint not null references club (id),
    account_id   bigint not null references account (id),
    status       varchar(20) not null,
    invited_at   timestamp with time zone not null,
    responded_at timestamp with time zone,
    constraint club_instructor_once unique (club_id, account_id)
);
create index club_instructor_account on club_instructor (account_id);

-- Members: founders, those who joined, those waiting for approval; an office for the officers. Ended
-- memberships stay, with when and why.
create table club_member (
    id         bigint primary key,
    club_id    bigint not null references club (id),
    account_id bigint not null references account (id),
    status     varchar(20) not null,
    office     varchar(20),
    founder    boolean not null,
    joined_at  timestamp with time zone not null,
    ended_at   timestamp with time zone,
    end_reason varchar(40),
    -- the account while the membership lasts: null once ended, so one may join again
    live_account_id bigint,
    constraint club_member_once unique (club_id, live_account_id)
);
create index club_member_account on club_member (account_id, status);
create index club_member_club on club_member (club_id, status);
