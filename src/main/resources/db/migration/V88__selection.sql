-- Case selection: judged calls for cases in units, their rubric, judges and declared conflicts, the cases with
-- their attachments, who judges what, the judges' scores, the frozen results at close, and publication into the
-- public case library.

create sequence selection_seq start with 1 increment by 50;
create sequence selection_judge_seq start with 1 increment by 50;
create sequence selection_conflict_seq start with 1 increment by 50;
create sequence selection_case_seq start with 1 increment by 50;
create sequence selection_attachment_seq start with 1 increment by 50;
create sequence selection_assignment_seq start with 1 increment by 50;
create sequence selection_score_seq start with 1 increment by 50;

create table selection (
    id                bigint primary key,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    title             varchar(200) not null,
    units             varchar(200) not null,
    judges_per_case   integer not null,
    submissions_close timestamp with time zone not null,
    assigned_at       timestamp with time zone,
    closed_at         timestamp with time zone,
    panel_mean        double precision,
    panel_sd          double precision,
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null
);
create index selection_organisation on selection (organisation_path);

-- The rubric: criteria in order, each with its weight and the most points a judge may give.
create table selection_criterion (
    selection_id bigint not null references selection (id),
    position     integer not null,
    code         varchar(40) not null,
    name         varchar(100) not null,
    weight       numeric(6, 2) not null,
    max_points   integer not null,
    primary key (selection_id, position)
);

-- Judges: invited accounts, their home organisation's tree, and at close their own figures.
create table selection_judge (
    id               bigint primary key,
    selection_id     bigint not null references selection (id),
    account_id       bigint not null references account (id),
    home_root_id     bigint not null,
    invited_at       timestamp with time zone not null,
    invited_by       varchar(64),
    score_count      integer,
    score_mean       double precision,
    score_sd         double precision,
    flagged          boolean not null default false,
    unique (selection_id, account_id)
);

-- Conflicts a judge declared with an organisation (and so with everything under it).
create table selection_conflict (
    id                bigint primary key,
    selection_id      bigint not null references selection (id),
    judge_account_id  bigint not null references account (id),
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    declared_at       timestamp with time zone not null,
    unique (selection_id, judge_account_id, organisation_id)
);

create table selection_case (
    id                bigint primary key,
    selection_id      bigint not null references selection (id),
    unit              varchar(30) not null,
    title             varchar(200) not null,
    summary           varchar(1000) not null,
    body              varchar(20000) not null,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    submitted_at      timestamp with time zone not null,
    submitted_by      varchar(64),
    published_at      timestamp with time zone,
    raw_score         double precision,
    normalised_score  double precision,
    z_score           double precision,
    score_spread      double precision,
    judge_count       integer,
    flagged_judge     boolean not null default false,
    unit_rank         integer,
    version           bigint not null
);
create index selection_case_selection on selection_case (selection_id);
create index selection_case_organisation on selection_case (organisation_path);
create index selection_case_published on selection_case (published_at);

-- Attachments: PDF, JPEG or PNG by content; the bytes in the file store.
create table selection_attachment (
    id           bigint primary key,
    case_id      bigint not null references selection_case (id),
    file_key     varchar(200) not null,
    file_name    varchar(200) not null,
    content_type varchar(50) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(64)
);
create index selection_attachment_case on selection_attachment (case_id);

create table selection_assignment (
    id               bigint primary key,
    selection_id     bigint not null references selection (id),
    case_id          bigint not null references selection_case (id),
    judge_account_id bigint not null references account (id),
    unique (case_id, judge_account_id)
);
create index selection_assignment_judge on selection_assignment (selection_id, judge_account_id);

-- A judge's score of a case: points per criterion, their weighted total and a comment.
create table selection_score (
    id               bigint primary key,
    selection_id     bigint not null references selection (id),
    case_id          bigint not null references selection_case (id),
    judge_account_id bigint not null references account (id),
    total            double precision not null,
    comment          varchar(2000),
    scored_at        timestamp with time zone not null,
    version          bigint not null,
    unique (case_id, judge_account_id)
);
create index selection_score_selection on selection_score (selection_id);

create table selection_score_point (
    score_id bigint not null references selection_score (id),
    code     varchar(40) not null,
    points   integer not null,
    primary key (score_id, code)
);
