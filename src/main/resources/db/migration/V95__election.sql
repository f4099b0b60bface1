-- Direct elections of club officers (选举): the election with its timeline and what it came to, the candidates,
-- the frozen roll, the marks of who has voted, the secret ballots, the published (shuffled, hash-chained) ballots
-- and the tally.

create sequence election_seq start with 1 increment by 50;
create sequence election_candidate_seq start with 1 increment by 50;

create table election (
    id                      bigint primary key,
    club_id                 bigint not null references club (id),
    club_name               varchar(100) not null,
    university_id           bigint not null,
    university_path         varchar(400) not null,
    office                  varchar(20) not null,
    method                  varchar(20) not null,
    tie_rule                varchar(20) not null,
    roll_cutoff             timestamp with time zone not null,
    nominations_close       timestamp with time zone not null,
    opens_at                timestamp with time zone not null,
    closes_at               timestamp with time zone not null,
    -- the election whose tie this runoff decides
    runoff_of               bigint,
    status                  varchar(20) not null,
    called_by               bigint not null,
    called_at               timestamp with time zone not null,
    -- the roll, frozen at the end of nominations: how many, and SHA-256 over the sorted member ids
    roll_frozen_at          timestamp with time zone,
    roll_count              integer,
    roll_hash               varchar(64),
    candidates_published_at timestamp with time zone,
    reminded_at             timestamp with time zone,
    tallied_at              timestamp with time zone,
    ballots_cast            integer,
    chain_head              varchar(64),
    winner_candidate_id     bigint,
    tie                     boolean not null default false,
    lottery_seed            varchar(64),
    notice_id               bigint,
    notice_closes_at        timestamp with time zone,
    handed_over_at          timestamp with time zone,
    previous_holder_ids     varchar(400),
    status_reason           varchar(400),
    created_at              timestamp with time zone not null,
    created_by              varchar(64),
    updated_at              timestamp with time zone not null,
    updated_by              varchar(64),
    version                 bigint not null
);
create index election_club on election (club_id, office);
create index election_due on election (status, closes_at);

-- A member who nominated themselves, and the federation's check of their eligibility.
create table election_candidate (
    id           bigint primary key,
    election_id  bigint not null references election (id),
    account_id   bigint not null,
    display_name varchar(100) not null,
    statement    varchar(2000) not null,
    status       varchar(20) not null,
    reason       varchar(400),
    nominated_at timestamp with time zone not null,
    decided_by   bigint,
    decided_at   timestamp with time zone,
    constraint election_candidate_once unique (election_id, account_id)
);

-- The roll: the club's active members at the cut-off, written once when nominations end.
create table election_roll (
    election_id bigint not null references election (id),
    account_id  bigint not null,
    primary key (election_id, account_id)
);

-- Who has voted: one row per member and election, the key that makes a second ballot impossible. No time, no
-- choice, no link to the ballot.
create table election_voted (
    election_id bigint not null references election (id),
    account_id  bigint not null,
    primary key (election_id, account_id)
);

-- The secret ballots as cast: a random id, the choice (candidate ids, in order of preference) and the tracker.
-- No voter, no time, no sequence, no foreign key to anything that names a voter.
create table election_ballot (
    id          varchar(32) primary key,
    election_id bigint not null references election (id),
    choice      varchar(400) not null,
    tracker     varchar(64) not null,
    constraint election_ballot_tracker unique (election_id, tracker)
);

-- The ballots published at the close, in a random order, each line's hash over its content and the line before.
create table election_published_ballot (
    election_id   bigint not null references election (id),
    seq           integer not null,
    tracker       varchar(64) not null,
    choice        varchar(400) not null,
    previous_hash varchar(64) not null,
    hash          varchar(64) not null,
    primary key (election_id, seq)
);
create index election_published_tracker on election_published_ballot (election_id, tracker);

-- The count at the close, round by round (one round for plurality).
create table election_tally (
    election_id  bigint not null references election (id),
    round        integer not null,
    candidate_id bigint not null,
    votes        integer not null,
    primary key (election_id, round, candidate_id)
);
