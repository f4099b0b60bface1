-- The dashboard shows projects and verified hours by the finer direction of each project's need when it has one (an
-- after-school tutoring project under "study and training"), not only by the top-level one: report_project keeps the
-- project's direction besides its top-level one (V71 does the same for report_hours). A need whose direction has no
-- finer one below it is its own top level.

alter table report_project add column direction varchar(40);
update report_project set direction = (select p.direction from project p where p.id = report_project.project_id);
update report_project set direction = direction_top where direction is null;
alter table report_project alter column direction set not null;
