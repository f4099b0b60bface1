-- The verified hours by the finer direction of each project's need (see V70): report_hours is now keyed by the
-- direction, with its top-level one beside it, so it is filled again from the verified entries, as V41 filled it.

alter table report_hours drop constraint report_hours_key;
delete from report_hours;
alter table report_hours add column direction varchar(40) not null;

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

insert into report_hours (side, scope_path, work_date, direction, direction_top, hours, entries)
select 'S', a.ancestor, h.work_date, p.direction, p.direction_top, sum(h.hours), count(*)
from hours_entry h
join project p on p.id = h.project_id
join report_fill_ancestor a on a.node = h.student_path
where h.status = 'VERIFIED'
group by a.ancestor, h.work_date, p.direction, p.direction_top;

insert into report_hours (side, scope_path, work_date, direction, direction_top, hours, entries)
select 'C', a.ancestor, h.work_date, p.direction, p.direction_top, sum(h.hours), count(*)
from hours_entry h
join project p on p.id = h.project_id
join report_fill_ancestor a on a.node = h.community_path
where h.status = 'VERIFIED'
group by a.ancestor, h.work_date, p.direction, p.direction_top;

insert into report_hours (side, scope_path, work_date, direction, direction_top, hours, entries)
select 'T', h.team_path, h.work_date, p.direction, p.direction_top, sum(h.hours), count(*)
from hours_entry h
join project p on p.id = h.project_id
where h.status = 'VERIFIED' and h.team_path is not null
group by h.team_path, h.work_date, p.direction, p.direction_top;

drop table report_fill_ancestor;

alter table report_hours add constraint report_hours_key primary key (side, scope_path, work_date, direction);
