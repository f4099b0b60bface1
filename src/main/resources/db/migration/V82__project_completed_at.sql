-- When a project was completed: the evaluations' window opens then. Projects completed before this column existed
-- take their last change as the best guess.

alter table project add column completed_at timestamp with time zone;
update project set completed_at = updated_at where status = 'COMPLETED';
