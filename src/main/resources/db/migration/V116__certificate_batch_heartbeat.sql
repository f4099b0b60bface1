-- A running batch notes when it last moved on, so that one whose instance died is taken up again.
alter table certificate_batch add column heartbeat_at timestamp with time zone;
update certificate_batch set heartbeat_at = coalesce(finished_at, requested_at);
alter table certificate_batch alter column heartbeat_at set not null;
create index certificate_batch_running on certificate_batch (status, heartbeat_at);
