-- A project may be owned (by a club): its owner's officers run it, and it has no need;
-- it keeps its own description, place and days instead. An owned project takes place at
-- its owner's organisation (the club's university), which stands in the community's
-- place, so every path-based reader (shifts, hours, reports) counts it under that tree.

alter table project add column owner_kind varchar(20);
alter table project add column owner_id bigint;
alter table project add column description varchar(2000);
alter table project add column place varchar(200);
alter table project add column start_date date;
alter table project add column end_date date;
alter table project add column members_only boolean default false not null;
alter table project alter column need_id drop not null;
create index project_owner on project (owner_kind, owner_id);

-- the report's copy of the project list (report/ReportReadModel) takes owned projects too
alter table report_project alter column need_id drop not null;
