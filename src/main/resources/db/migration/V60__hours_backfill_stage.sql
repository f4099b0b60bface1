-- A back-fill's two approvals as a named stage, instead of reading them from the community's verification time:
-- waiting for the community, waiting for the university, approved, or refused after the community verified it.
-- Entries from attendance and corrections have no stage.

alter table hours_entry add column backfill_stage varchar(30);

update hours_entry
set backfill_stage = case
        when status = 'VERIFIED' then 'APPROVED'
        when community_verified_at is null then 'AWAITING_COMMUNITY'
        when status = 'DISPUTED' then 'REFUSED'
        else 'AWAITING_UNIVERSITY'
    end
where source = 'BACKFILL';

alter table hours_entry add constraint hours_entry_backfill_stage
    check ((source = 'BACKFILL' and backfill_stage is not null) or (source <> 'BACKFILL' and backfill_stage is null));
