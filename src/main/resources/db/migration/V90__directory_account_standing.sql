-- A student's standing, as clubs ask for it: the year they graduate (their memberships end when the next school
-- year starts) and a disciplinary record flag (a student with one cannot found a club).

alter table account add column graduation_year integer;
alter table account add column disciplinary_flag boolean not null default false;
