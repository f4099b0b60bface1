-- The report module's copy of published outcome reports and their figures, kept by report/OutcomeFigureReadModel
-- from the outcome module's OutcomeReportPublished events (after each commit; a report is final once published, so
-- a row never changes). Every dashboard above a project sums them by the project's community path or team path.

create table report_outcome (
    report_id      bigint primary key,
    project_id     bigint not null,
    community_id   bigint not null,
    community_path varchar(400) not null,
    team_id        bigint,
    team_path      varchar(400),
    direction_top  varchar(40) not null,
    title          varchar(200) not null,
    happened_on    date not null
);
create index report_outcome_community on report_outcome (community_path, happened_on);
create index report_outcome_team on report_outcome (team_path, happened_on);

create table report_outcome_figure (
    report_id    bigint not null,
    ordinal     integer not null,
    metric       varchar(30) not null,
    figure_value bigint not null,
    primary key (report_id, ordinal)
);
