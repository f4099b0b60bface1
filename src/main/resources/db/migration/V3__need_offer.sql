-- The demand list (needs of communities) and the service list (offers of teams).

create sequence need_seq start with 1 increment by 50;
create sequence offer_seq start with 1 increment by 50;

create table need (
    id                bigint primary key,
    community_id      bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    title             varchar(200) not null,
    description       varchar(4000),
    direction         varchar(40) not null references direction (code),
    direction_top     varchar(40) not null references direction (code),
    skills            varchar(1000) not null default ',',
    address           varchar(300),
    latitude          double precision,
    longitude         double precision,
    start_date        date not null,
    end_date          date not null,
    headcount         integer not null,
    status            varchar(20) not null,
    published_at      timestamp with time zone,
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null
);
create index need_status on need (status, published_at);
create index need_community on need (community_id);
create index need_path on need (organisation_path);
create index need_updated on need (updated_at);

create table offer (
    id                bigint primary key,
    team_id           bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    title             varchar(200) not null,
    description       varchar(4000),
    directions        varchar(400) not null,
    direction_tops    varchar(400) not null,
    skills            varchar(1000) not null default ',',
    capacity          integer not null,
    available_from    date not null,
    available_to      date not null,
    latitude          double precision,
    longitude         double precision,
    radius_km         double precision not null,
    status            varchar(20) not null,
    published_at      timestamp with time zone,
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null
);
create index offer_status on offer (status, published_at);
create index offer_team on offer (team_id);
create index offer_path on offer (organisation_path);
create index offer_updated on offer (updated_at);
