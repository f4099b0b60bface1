-- The report module's own copies of what it counts besides hours (those are in the rollups of V41): projects, needs
-- and confirmed sign-ups. report/ReportReadModel keeps them from the owning modules' events, after each commit; this
-- migration fills them from the data already there.

-- status: ACTIVE until the project is completed or cancelled (both final)
create table report_project (
    project_id     bigint primary key,
    need_id        bigint not null,
    community_id   bigint not null,
    community_path varchar(400) not null,
    team_id        bigint,
    team_path      varchar(400),
    direction_top  varchar(40) not null,
    status         varchar(20) not null,
    created_at     timestamp with time zone not null
);
create index report_project_need on report_project (need_id);
create index report_project_community on report_project (community_path, created_at);
create index report_project_team on report_project (team_path, created_at);

-- a need from its first publication on
create table report_need (
    need_id           bigint primary key,
    organisation_path varchar(400) not null,
    published_at      timestamp with time zone not null
);
create index report_need_path on report_need (organisation_path, published_at);

-- a sign-up that held a seat: confirmed, and cancelled once given up (a row per sign-up, so that the events may come
-- in any order and more than once)
create table report_signup (
    signup_id  bigint primary key,
    project_id bigint not null,
    student_id bigint not null,
    confirmed  boolean not null,
    cancelled  boolean not null
);
create index report_signup_project on report_signup (project_id, student_id);

insert into report_project (project_id, need_id, community_id, community_path, team_id, team_path, direction_top, status,
                            created_at)
select p.id, p.need_id, p.community_id, p.community_path, p.team_id, p.team_path, p.direction_top, p.status, p.created_at
from project p;

insert into report_need (need_id, organisation_path, published_at)
select n.id, n.organisation_path, n.published_at from need n where n.published_at is not null;

insert into report_signup (signup_id, project_id, student_id, confirmed, cancelled)
select s.id, s.project_id, s.student_id, true, false from signup s where s.status = 'CONFIRMED';
