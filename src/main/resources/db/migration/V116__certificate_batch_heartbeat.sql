-- A running batch notes which run works it and when it last moved on, so that one whose instance died is taken
-- up again by exactly one other run.
alter table certificate_batch add column heartbeat_at timestamp with time zone;
alter table certificate_batch add column runner varchar(36);
update certificate_batch set heartbeat_at = coalesce(finished_at, requested_at);
alter table certificate_batch alter column heartbeat_at set not null;
create index certificate_batch_running on certificate_batch (status, heartbeat_at);
-- one certificate per student in a batch, whatever happens to the runs
create unique index certificate_batch_student on certificate (batch_id, student_id);
create index certificate_review_batch on certificate_review (batch_id);
