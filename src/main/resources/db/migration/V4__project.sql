-- The two-way selection (interest from each side) and the project list.

create sequence interest_seq start with 1 increment by 50;
create sequence project_seq start with 1 increment by 50;

create table project (
    id             bigint primary key,
    title          varchar(200) not null,
    need_id        bigint not null references need (id),
    offer_id       bigint references offer (id),
    community_id   bigint not null references organisation (id),
    community_path varchar(400) not null,
    team_id        bigint references organisation (id),
    team_path      varchar(400),
    direction      varchar(40) not null references direction (code),
    direction_top  varchar(40) not null references direction (code),
    status         varchar(20) not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(64),
    updated_at     timestamp with time zone not null,
    updated_by     varchar(64),
    version        bigint not null
);
create index project_need on project (need_id);
create index project_offer on project (offer_id);
create index project_community_path on project (community_path);
create index project_team_path on project (team_path);
create index project_team on project (team_id);

create table interest (
    id             bigint primary key,
    need_id        bigint not null references need (id),
    offer_id       bigint not null references offer (id),
    community_path varchar(400) not null,
    team_path      varchar(400) not null,
    from_community boolean not null,
    from_team      boolean not null,
    project_id     bigint references project (id),
    created_at     timestamp with time zone not null,
    created_by     varchar(64),
    updated_at     timestamp with time zone not null,
    updated_by     varchar(64),
    version        bigint not null,
    constraint interest_pair unique (need_id, offer_id)
);
create index interest_community_path on interest (community_path);
create index interest_team_path on interest (team_path);
