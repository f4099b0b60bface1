-- Outcome reports: what a project achieved, written by its team leader or community admin as a draft and then
-- published; typed reach figures with their source, and photos (the bytes live in the file store, see
-- support/FileStore; these rows say what each file is).

create sequence outcome_report_seq start with 1 increment by 50;
create sequence outcome_photo_seq start with 1 increment by 50;

-- status: DRAFT, then PUBLISHED (final). The project's sides and direction are copied when the report is written:
-- a project's paths never change, and the public list filters by them.
create table outcome_report (
    id             bigint primary key,
    project_id     bigint not null,
    community_id   bigint not null,
    community_path varchar(400) not null,
    team_id        bigint,
    team_path      varchar(400),
    direction      varchar(40) not null,
    direction_top  varchar(40) not null,
    title          varchar(200) not null,
    body           varchar(20000) not null,
    happened_on    date not null,
    status         varchar(20) not null,
    photo_count    integer not null,
    next_ordinal  integer not null,
    published_at   timestamp with time zone,
    published_by   varchar(64),
    created_at     timestamp with time zone not null,
    created_by     varchar(64),
    updated_at     timestamp with time zone not null,
    updated_by     varchar(64),
    version        bigint not null
);
create index outcome_report_project on outcome_report (project_id);
create index outcome_report_community on outcome_report (community_path, status);
create index outcome_report_team on outcome_report (team_path, status);
create index outcome_report_published on outcome_report (status, happened_on);

-- a report's figures in the order written; metric VIEWERS, LIKES, PEOPLE_SERVED, ACTIVITIES or VOLUNTEERS
create table outcome_figure (
    report_id    bigint not null references outcome_report (id),
    ordinal     integer not null,
    metric       varchar(30) not null,
    figure_value bigint not null,
    source       varchar(200),
    primary key (report_id, ordinal)
);

-- a photo, cleaned (upright, re-encoded without metadata) and its thumbnail; ordinal orders the gallery
create table outcome_photo (
    id            bigint primary key,
    report_id     bigint not null references outcome_report (id),
    file_key      varchar(200) not null,
    thumbnail_key varchar(200) not null,
    content_type  varchar(50) not null,
    size_bytes    bigint not null,
    width         integer not null,
    height        integer not null,
    caption       varchar(200),
    sha256        varchar(64) not null,
    ordinal      integer not null,
    uploaded_at   timestamp with time zone not null,
    uploaded_by   varchar(64)
);
create index outcome_photo_report on outcome_photo (report_id, ordinal);
