-- The activity log belongs to the audit module, which alone writes it; it was created with the directory's tables.
alter table activity rename to audit_activity;
