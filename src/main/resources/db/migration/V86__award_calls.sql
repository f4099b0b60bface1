-- Awards: calls for outstanding volunteers, organisations and projects, the nominations sent up the tree with the
-- evidence and rule checks they were made on, the shortlist's public notice and the awarded.

create sequence award_call_seq start with 1 increment by 50;
create sequence award_nomination_seq start with 1 increment by 50;

create table award_call (
    id                     bigint primary key,
    organisation_id        bigint not null references organisation (id),
    organisation_path      varchar(400) not null,
    award_year             integer not null,
    category               varchar(20) not null,
    title                  varchar(200) not null,
    min_verified_hours     numeric(7, 1),
    min_active_months      integer,
    quota_per_organisation integer not null,
    nominations_open       date not null,
    nominations_close      date not null,
    notice_days            integer not null,
    notice_id              bigint,
    finalised_at           timestamp with time zone,
    created_at             timestamp with time zone not null,
    created_by             varchar(64),
    updated_at             timestamp with time zone not null,
    updated_by             varchar(64),
    version                bigint not null
);
create index award_call_organisation on award_call (organisation_path);

create table award_nomination (
    id                     bigint primary key,
    call_id                bigint not null references award_call (id),
    nominee_id             bigint not null,
    nominee_name           varchar(200) not null,
    nominee_path           varchar(400) not null,
    nominee_other_path     varchar(400),
    nominee_organisation   varchar(200),
    nominating_org_id      bigint not null references organisation (id),
    nominating_org_path    varchar(400) not null,
    statement              varchar(2000),
    verified_hours         numeric(9, 2) not null,
    shortlisted            boolean not null,
    awarded                boolean not null,
    created_at             timestamp with time zone not null,
    created_by             varchar(64),
    updated_at             timestamp with time zone not null,
    updated_by             varchar(64),
    version                bigint not null,
    unique (call_id, nominee_id)
);
create index award_nomination_call on award_nomination (call_id, nominating_org_id);
create index award_nomination_nominee on award_nomination (nominee_path);

-- What a nomination was made on, in order: each line of evidence drawn from the records.
create table award_evidence (
    nomination_id bigint not null references award_nomination (id),
    ordinal       integer not null,
    kind          varchar(30) not null,
    label         varchar(100) not null,
    detail        varchar(300) not null,
    primary key (nomination_id, ordinal)
);

-- Each eligibility rule checked for a nomination: whether it held, the figure and the threshold.
create table award_rule_check (
    nomination_id bigint not null references award_nomination (id),
    ordinal       integer not null,
    rule          varchar(30) not null,
    holds         boolean not null,
    figure        varchar(50) not null,
    threshold     varchar(50) not null,
    primary key (nomination_id, ordinal)
);
