-- What the shift finder and the workbench ask of a shift, kept with it so that they read one table: its project's
-- title, community, team and direction (none of which a project changes), whether the project still takes sign-ups
-- (the signup module follows the project's completion or cancellation), and a place on the map (the need's, when the
-- shift names none).

alter table shift add column project_title varchar(200);
alter table shift add column community_path varchar(400);
alter table shift add column team_id bigint;
alter table shift add column team_path varchar(400);
alter table shift add column direction varchar(40);
alter table shift add column direction_top varchar(40);
alter table shift add column project_open boolean default true not null;

update shift set
    project_title  = (select p.title from project p where p.id = shift.project_id),
    community_path = (select p.community_path from project p where p.id = shift.project_id),
    team_id        = (select p.team_id from project p where p.id = shift.project_id),
    team_path      = (select p.team_path from project p where p.id = shift.project_id),
    direction      = (select p.direction from project p where p.id = shift.project_id),
    direction_top  = (select p.direction_top from project p where p.id = shift.project_id),
    project_open   = (select case when p.status = 'ACTIVE' then true else false end from project p
                      where p.id = shift.project_id);

update shift set
    latitude  = (select n.latitude from project p join need n on n.id = p.need_id where p.id = shift.project_id),
    longitude = (select n.longitude from project p join need n on n.id = p.need_id where p.id = shift.project_id)
where latitude is null or longitude is null;

alter table shift alter column project_title set not null;
alter table shift alter column community_path set not null;
alter table shift alter column direction set not null;
alter table shift alter column direction_top set not null;

create index shift_community_starts on shift (community_path, starts_at);
create index shift_team_path_starts on shift (team_path, starts_at);
create index shift_team_starts on shift (team_id, starts_at);
create index shift_open_starts on shift (project_open, starts_at);
