-- Accounts: single-use password reset links, known only by their SHA-256; the flag that sends a person to choose a
-- new password at the next sign-in; API tokens found by account, to end them all at once.

create table password_reset (
    token_hash   varchar(64) primary key,
    account_id   bigint not null references account (id),
    requested_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
create index password_reset_account on password_reset (account_id);
create index password_reset_expiry on password_reset (expires_at);

alter table account add column must_change_password boolean not null default false;

create index api_token_account on api_token (account_id);
