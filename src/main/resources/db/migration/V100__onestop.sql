-- The one-stop student community (一站式学生社区): residence halls and their residents, services of four kinds with
-- bookable slots and bookings, counselling consent and sealed notes, safety courses with quizzes and completions,
-- announcements with their reads.

create sequence onestop_hall_seq start with 1 increment by 50;
create sequence onestop_service_seq start with 1 increment by 50;
create sequence onestop_slot_seq start with 1 increment by 50;
create sequence onestop_booking_seq start with 1 increment by 50;
create sequence onestop_consent_seq start with 1 increment by 50;
create sequence onestop_note_seq start with 1 increment by 50;
create sequence onestop_course_seq start with 1 increment by 50;
create sequence onestop_completion_seq start with 1 increment by 50;
create sequence onestop_announcement_seq start with 1 increment by 50;

-- A residence hall (书院/宿舍楼) of a university: the directory has none, so the one-stop community keeps its own.
create table onestop_hall (
    id              bigint primary key,
    university_id   bigint not null references organisation (id),
    university_path varchar(400) not null,
    name            varchar(100) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(64),
    updated_at      timestamp with time zone not null,
    updated_by      varchar(64),
    version         bigint not null,
    constraint onestop_hall_name unique (university_id, name)
);

-- Where a student lives: one hall at a time.
create table onestop_hall_resident (
    student_id bigint primary key references account (id),
    hall_id    bigint not null references onestop_hall (id)
);

-- The counselling supervisor a university names: reads its counsellors' notes.
create table onestop_supervisor (
    university_id bigint primary key references organisation (id),
    account_id    bigint not null references account (id)
);

create table onestop_service (
    id                bigint primary key,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    university_id     bigint not null references organisation (id),
    hall_id           bigint references onestop_hall (id),
    kind              varchar(20) not null,
    title             varchar(200) not null,
    location          varchar(200) not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null
);
create index onestop_service_path on onestop_service (organisation_path);

create table onestop_slot (
    id               bigint primary key,
    service_id       bigint not null references onestop_service (id),
    provider_id      bigint not null references account (id),
    kind             varchar(20) not null,
    starts_at        timestamp with time zone not null,
    ends_at          timestamp with time zone not null,
    capacity         integer not null,
    booked           integer not null,
    buffer_minutes   integer not null,
    notice_minutes   integer not null,
    series_id        bigint,
    created_at       timestamp with time zone not null,
    created_by       varchar(64),
    updated_at       timestamp with time zone not null,
    updated_by       varchar(64),
    version          bigint not null
);
create index onestop_slot_service on onestop_slot (service_id, starts_at);
create index onestop_slot_provider on onestop_slot (provider_id, starts_at);

create table onestop_booking (
    id           bigint primary key,
    slot_id      bigint not null references onestop_slot (id),
    service_id   bigint not null references onestop_service (id),
    student_id   bigint not null references account (id),
    provider_id  bigint not null references account (id),
    kind         varchar(20) not null,
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    status       varchar(20) not null,
    booked_at    timestamp with time zone not null,
    cancelled_at timestamp with time zone,
    no_show_at   timestamp with time zone,
    reminded_at  timestamp with time zone,
    created_at   timestamp with time zone not null,
    created_by   varchar(64),
    updated_at   timestamp with time zone not null,
    updated_by   varchar(64),
    version      bigint not null
);
create index onestop_booking_student on onestop_booking (student_id, starts_at);
create index onestop_booking_slot on onestop_booking (slot_id);

-- A separate consent (PIPL art. 29) with the version of the text the student agreed to.
create table onestop_consent (
    id           bigint primary key,
    student_id   bigint not null references account (id),
    kind         varchar(20) not null,
    text_version varchar(40) not null,
    given_at     timestamp with time zone not null,
    constraint onestop_consent_once unique (student_id, kind, text_version)
);

-- A counsellor's note on a booking; body sealed with AES-GCM (support/FieldCipher).
create table onestop_note (
    id         bigint primary key,
    booking_id bigint not null references onestop_booking (id),
    author_id  bigint not null references account (id),
    body       varchar(20000) not null,
    written_at timestamp with time zone not null
);
create index onestop_note_booking on onestop_note (booking_id);
create index onestop_note_written on onestop_note (written_at);

create table onestop_course (
    id                bigint primary key,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    title             varchar(200) not null,
    content           varchar(20000) not null,
    course_version    integer not null,
    pass_mark         integer not null,
    required          boolean not null,
    deadline          date,
    created_at        timestamp with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64),
    version           bigint not null
);

create table onestop_question (
    course_id bigint not null references onestop_course (id),
    position  integer not null,
    text      varchar(1000) not null,
    options   varchar(4000) not null,
    answer    integer not null,
    primary key (course_id, position)
);

create table onestop_completion (
    id             bigint primary key,
    course_id      bigint not null references onestop_course (id),
    student_id     bigint not null references account (id),
    course_version integer not null,
    score          integer not null,
    completed_at   timestamp with time zone not null,
    constraint onestop_completion_once unique (course_id, student_id)
);

create table onestop_announcement (
    id                bigint primary key,
    organisation_id   bigint not null references organisation (id),
    organisation_path varchar(400) not null,
    hall_id           bigint references onestop_hall (id),
    title             varchar(200) not null,
    body              varchar(5000) not null,
    posted_by         bigint not null references account (id),
    posted_at         timestamp with time zone not null
);

create table onestop_announcement_read (
    announcement_id bigint not null references onestop_announcement (id),
    account_id      bigint not null references account (id),
    read_at         timestamp with time zone not null,
    primary key (announcement_id, account_id)
);
