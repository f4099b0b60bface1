-- Matching rounds, second step: a student's consent to waive a priority that cannot get them a
-- place but blocks others (the efficiency-adjusted pass), the recorded arrival order of the
-- first-come simulation, and the fairness figures of each run.

alter table round_preference add column waives_priority boolean default false not null;

alter table round_application add column waives_priority boolean default false not null;
-- the order in which the student first submitted choices (1 = first), for the first-come simulation
alter table round_application add column arrival integer default 0 not null;

-- the run's assignment: students placed, at their first choice, within their first three, and
-- justified-envy pairs (only ones their students consented to)
alter table matching_round add column placed integer default 0 not null;
alter table matching_round add column first_choice integer default 0 not null;
alter table matching_round add column top_three integer default 0 not null;
alter table matching_round add column justified_envy bigint default 0 not null;
-- the same figures for plain deferred acceptance on the recorded applications
alter table matching_round add column plain_placed integer default 0 not null;
alter table matching_round add column plain_first_choice integer default 0 not null;
alter table matching_round add column plain_top_three integer default 0 not null;
-- and for first come, first served on the same choices in the recorded arrival order
alter table matching_round add column first_come_placed integer default 0 not null;
alter table matching_round add column first_come_first_choice integer default 0 not null;
alter table matching_round add column first_come_top_three integer default 0 not null;
alter table matching_round add column first_come_justified_envy bigint default 0 not null;
-- students who took part (ranked at least one shift) and how many consented
alter table matching_round add column applicants integer default 0 not null;
alter table matching_round add column consenting integer default 0 not null;
