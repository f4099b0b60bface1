-- Evaluations both ways once a project has completed (module evaluation): each completed project's window for
-- rating, the ratings with their scores per criterion, and the criteria organisations chose for themselves.

-- A completed project as the evaluations see it (a copy fed by ProjectCompleted): its parties, and when its
-- ratings become public however many are in (closes_at); closed_at, notified_at and reminded_at each record a job
-- done once, claimed by a conditional update.
create table evaluation_window (
    project_id     bigint primary key,
    title          varchar(200) not null,
    community_id   bigint not null,
    community_path varchar(400) not null,
    team_id        bigint,
    team_path      varchar(400),
    completed_at   timestamp with time zone not null,
    closes_at      timestamp with time zone not null,
    closed_at      timestamp with time zone,
    notified_at    timestamp with time zone,
    reminded_at    timestamp with time zone
);
create index evaluation_window_closing on evaluation_window (closed_at, closes_at);
create index evaluation_window_reminding on evaluation_window (reminded_at, completed_at);

create sequence evaluation_seq start with 1 increment by 50;

-- One rating by one person of one subject (the team, the community or a student) of a project. pair_key names the
-- two ratings that wait for each other (TEAM: the community's of the team and the team leader's of the community;
-- STUDENT:<id>: the community's of the student and the student's of the community).
create table evaluation (
    id           bigint primary key,
    project_id   bigint not null references evaluation_window (project_id),
    about        varchar(20) not null,
    subject_id   bigint not null,
    rater_id     bigint not null,
    rater_role   varchar(20) not null,
    pair_key     varchar(40) not null,
    comment      varchar(2000),
    rated_at     timestamp with time zone not null,
    published_at timestamp with time zone,
    version      bigint not null,
    constraint evaluation_once unique (project_id, rater_id, about, subject_id)
);
-- the averages of a team's or community's page: one range of this index per subject
create index evaluation_subject on evaluation (about, subject_id, rated_at);
create index evaluation_project_pair on evaluation (project_id, pair_key);

create table evaluation_score (
    evaluation_id bigint not null references evaluation (id),
    code          varchar(30) not null,
    score         integer not null,
    primary key (evaluation_id, code),
    constraint evaluation_score_range check (score between 1 and 5)
);

create sequence evaluation_criterion_seq start with 1 increment by 50;

-- The criteria an organisation chose for rating the teams (and students) or the communities of its subtree;
-- where an organisation and those above it chose none, the defaults of practica.evaluation apply.
create table evaluation_criterion (
    id                bigint primary key,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    about             varchar(20) not null,
    position          integer not null,
    code              varchar(30) not null,
    name              varchar(60),
    constraint evaluation_criterion_code unique (organisation_id, about, code)
);
create index evaluation_criterion_path on evaluation_criterion (organisation_path, about);
