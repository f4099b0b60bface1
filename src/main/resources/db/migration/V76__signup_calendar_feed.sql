-- A student's calendar feed: calendar apps cannot sign in, so the feed's address carries a secret. Only the secret's
-- SHA-256 is kept; a new secret replaces the old one, whose address then answers 404.

create table calendar_feed (
    student_id  bigint primary key references account (id),
    secret_hash varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint calendar_feed_secret unique (secret_hash)
);
