-- What the national volunteer-record rules ask of a person: the ID document and its number (sealed by
-- FieldCipher, with its HMAC fingerprint for finding duplicates), and the national volunteer number.
alter table account add column id_type varchar(30);
alter table account add column id_number varchar(300);
alter table account add column id_fingerprint varchar(100);
alter table account add column volunteer_number varchar(40);
create index account_id_fingerprint on account (id_fingerprint);
