-- Report rollups: verified hours summed per organisation node, day and top-level direction; the students with
-- verified hours per node and day (distinct counts do not add up, so they get a table of their own); verified hours
-- per node, day and team for the dashboard's top teams. The report module keeps them in the transaction that
-- verifies or supersedes an entry (see docs/reports.md); this migration fills them from the entries already there.
--
-- side: S = the student's organisation and its ancestors (student_path), C = the community and its street and
-- district (community_path), T = the team itself (team_path; teams have no children).
-- A row exists only while at least one VERIFIED entry stands behind it (entries > 0).

create table report_hours (
    side          char(1)        not null,
    scope_path    varchar(400)   not null,
    work_date     date           not null,
    direction_top varchar(40)    not null,
    hours         numeric(14, 2) not null,
    entries       bigint         not null
);

-- prev_day: the student's previous day with verified hours in the same node (null: none). The students of a period
-- are then counted without a distinct: each of them has exactly one day in the period whose previous day lies
-- before it (or is null).
create table report_students (
    side       char(1)      not null,
    scope_path varchar(400) not null,
    work_date  date         not null,
    student_id bigint       not null,
    entries    bigint       not null,
    prev_day   date
);

create table report_team_hours (
    side       char(1)        not null,
    scope_path varchar(400)   not null,
    work_date  date           not null,
    team_path  varchar(400)   not null,
    hours      numeric(14, 2) not null,
    entries    bigint         not null
);

-- Every organisation with itself and its ancestors (the trees are at most three deep), for the fill only.
create table report_fill_ancestor (
    node     varchar(400) not null,
    ancestor varchar(400) not null
);
insert into report_fill_ancestor (node, ancestor)
select o.path, o.path from organisation o
union all
select o.path, u.path from organisation o join organisation u on u.id = o.parent_id
union all
select o.path, g.path from organisation o join organisation u on u.id = o.parent_id join organisation g on g.id = u.parent_id;
create index report_fill_ancestor_node on report_fill_ancestor (node);

create table report_fill_student (
    side       char(1)      not null,
    scope_path varchar(400) not null,
    work_date  date         not null,
    student_id bigint       not null,
    entries    bigint       not null
);

insert into report_hours (side, scope_path, work_date, direction_top, hours, entries)
select 'S', a.ancestor, h.work_date, p.direction_top, sum(h.hours), count(*)
from hours_entry h
join project p on p.id = h.project_id
join report_fill_ancestor a on a.node = h.student_path
where h.status = 'VERIFIED'
group by a.ancestor, h.work_date, p.direction_top;

insert into report_hours (side, scope_path, work_date, direction_top, hours, entries)
select 'C', a.ancestor, h.work_date, p.direction_top, sum(h.hours), count(*)
from hours_entry h
join project p on p.id = h.project_id
join report_fill_ancestor a on a.node = h.community_path
where h.status = 'VERIFIED'
group by a.ancestor, h.work_date, p.direction_top;

insert into report_hours (side, scope_path, work_date, direction_top, hours, entries)
select 'T', h.team_path, h.work_date, p.direction_top, sum(h.hours), count(*)
from hours_entry h
join project p on p.id = h.project_id
where h.status = 'VERIFIED' and h.team_path is not null
group by h.team_path, h.work_date, p.direction_top;

insert into report_fill_student (side, scope_path, work_date, student_id, entries)
select 'S', a.ancestor, h.work_date, h.student_id, count(*)
from hours_entry h
join report_fill_ancestor a on a.node = h.student_path
where h.status = 'VERIFIED'
group by a.ancestor, h.work_date, h.student_id;

insert into report_fill_student (side, scope_path, work_date, student_id, entries)
select 'C', a.ancestor, h.work_date, h.student_id, count(*)
from hours_entry h
join report_fill_ancestor a on a.node = h.community_path
where h.status = 'VERIFIED'
group by a.ancestor, h.work_date, h.student_id;

insert into report_fill_student (side, scope_path, work_date, student_id, entries)
select 'T', h.team_path, h.work_date, h.student_id, count(*)
from hours_entry h
where h.status = 'VERIFIED' and h.team_path is not null
group by h.team_path, h.work_date, h.student_id;

insert into report_team_hours (side, scope_path, work_date, team_path, hours, entries)
select 'S', a.ancestor, h.work_date, h.team_path, sum(h.hours), count(*)
from hours_entry h
join report_fill_ancestor a on a.node = h.student_path
where h.status = 'VERIFIED' and h.team_path is not null
group by a.ancestor, h.work_date, h.team_path;

insert into report_team_hours (side, scope_path, work_date, team_path, hours, entries)
select 'C', a.ancestor, h.work_date, h.team_path, sum(h.hours), count(*)
from hours_entry h
join report_fill_ancestor a on a.node = h.community_path
where h.status = 'VERIFIED' and h.team_path is not null
group by a.ancestor, h.work_date, h.team_path;

insert into report_team_hours (side, scope_path, work_date, team_path, hours, entries)
select 'T', h.team_path, h.work_date, h.team_path, sum(h.hours), count(*)
from hours_entry h
where h.status = 'VERIFIED' and h.team_path is not null
group by h.team_path, h.work_date;

insert into report_students (side, scope_path, work_date, student_id, entries, prev_day)
select side, scope_path, work_date, student_id, entries,
       lag(work_date) over (partition by side, scope_path, student_id order by work_date)
from report_fill_student;

drop table report_fill_student;
drop table report_fill_ancestor;

-- The keys come after the fill: one sorted index build instead of millions of single inserts. The students' key
-- finds a student's neighbouring days in a node; report_students_period is what the count scans (the node's days
-- of the period with their previous days), without visiting the table.
alter table report_hours add constraint report_hours_key primary key (side, scope_path, work_date, direction_top);
alter table report_students add constraint report_students_key primary key (side, scope_path, student_id, work_date);
create index report_students_period on report_students (side, scope_path, work_date, prev_day);
alter table report_team_hours add constraint report_team_hours_key primary key (side, scope_path, work_date, team_path);
