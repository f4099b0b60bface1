-- An agreement is in force only once an admin of each party has signed: each side's signature is kept apart.
-- signed_on stays the day the agreement came into force (the later of the two); agreements signed before
-- this change count as signed by both parties on that day.
alter table agreement add column university_signed_on date;
alter table agreement add column university_signatories varchar(1000);
alter table agreement add column university_signed_by varchar(64);
alter table agreement add column local_signed_on date;
alter table agreement add column local_signatories varchar(1000);
alter table agreement add column local_signed_by varchar(64);
update agreement set university_signed_on = signed_on, university_signatories = signatories,
    local_signed_on = signed_on, local_signatories = signatories
where signed_on is not null;
