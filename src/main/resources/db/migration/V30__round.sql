-- Matching rounds: a window over shifts, students' ranked choices, and what a run recorded.

create sequence matching_round_seq start with 1 increment by 50;
create sequence round_preference_seq start with 1 increment by 50;
create sequence round_application_seq start with 1 increment by 50;

create table matching_round (
    id                bigint primary key,
    title             varchar(200) not null,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    shift_ids         varchar(4000) not null,
    max_choices       integer not null,
    opens_at          timestamp with time zone not null,
    closes_at         timestamp with time zone not null,
    seed              bigint not null,
    ran_at            timestamp with time zone,
    ran_by            varchar(64),
    seats             integer not null,
    assigned          integer not null,
    unassigned        integer not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null
);
create index matching_round_path on matching_round (organisation_path);

-- The free seats of each shift when the round ran: the capacities of the recorded instance.
create table matching_round_seat (
    round_id bigint not null references matching_round (id),
    shift_id bigint not null references shift (id),
    seats    integer not null,
    primary key (round_id, shift_id)
);

-- A student's ranked choices (frozen when the window closes) and, after the run, the outcome.
create table round_preference (
    id                bigint primary key,
    round_id          bigint not null references matching_round (id),
    student_id        bigint not null references account (id),
    shift_ids         varchar(4000) not null,
    matched_shift_id  bigint references shift (id),
    matched_choice    integer,
    outcome           varchar(20),
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null,
    constraint round_preference_student unique (round_id, student_id)
);

-- One application of a student to a shift as the run saw it: its place in the student's list,
-- the criteria score and the lottery value. Rankings are rebuilt from these rows alone.
create table round_application (
    id         bigint primary key,
    round_id   bigint not null references matching_round (id),
    student_id bigint not null references account (id),
    shift_id   bigint not null references shift (id),
    choice     integer not null,
    available  boolean not null,
    score      integer not null,
    lottery    bigint not null,
    constraint round_application_pair unique (round_id, student_id, shift_id)
);
create index round_application_round on round_application (round_id, shift_id);
