-- PostgreSQL only: a sign-up no longer checks its project by a foreign key. PostgreSQL checks one by taking a share lock
-- on the referenced row, so every sign-up locked its project's row: when a popular project opens its shifts, all its
-- sign-ups queued on that one row, each share lock taken beside the others' costing a new multixact. The project is
-- the shift's (signup.project_id is copied from it, shift.project_id keeps its key) and projects are never deleted,
-- so the key guarded nothing the shift's does not. H2, for tests and development, keeps it.

alter table signup drop constraint if exists signup_project_id_fkey;
