-- What the volunteer-record rules ask a certificate to show: the ID document (its number masked), the
-- national volunteer number, the issuer's person in charge and contact; the batch a certificate came in.
alter table certificate add column id_type varchar(30);
alter table certificate add column id_number_masked varchar(40);
alter table certificate add column volunteer_number varchar(40);
alter table certificate add column issuer_person varchar(100);
alter table certificate add column issuer_contact varchar(200);
alter table certificate add column batch_id bigint;
create index certificate_by_batch on certificate (batch_id);

-- A college's or university's certificates for a period issued in one action, with its progress.
create table certificate_batch (
    id                bigint primary key,
    organisation_id   bigint       not null references organisation (id),
    organisation_path varchar(400) not null,
    period_from       date         not null,
    period_to         date         not null,
    status            varchar(20)  not null,
    student_count     integer      not null,
    done_count        integer      not null,
    issued_count      integer      not null,
    queued_count      integer      not null,
    failed_count      integer      not null,
    requested_by      varchar(64)  not null,
    requested_at      timestamp with time zone not null,
    finished_at       timestamp with time zone,
    version           bigint       not null
);
create sequence certificate_batch_seq start with 1 increment by 50;
create index certificate_batch_path on certificate_batch (organisation_path, requested_at);

-- A university that reviews its certificates before they are issued.
create table certificate_policy (
    university_id   bigint primary key references organisation (id),
    review_required boolean      not null,
    changed_by      varchar(64)  not null,
    changed_at      timestamp with time zone not null
);

-- A certificate waiting for its university's review, and the answer.
create table certificate_review (
    id              bigint primary key,
    student_id      bigint       not null references account (id),
    student_path    varchar(400) not null,
    university_path varchar(400) not null,
    period_from     date         not null,
    period_to       date         not null,
    batch_id        bigint,
    status          varchar(20)  not null,
    requested_by    varchar(64)  not null,
    requested_at    timestamp with time zone not null,
    decided_by      varchar(64),
    decided_at      timestamp with time zone,
    refusal         varchar(1000),
    certificate_id  bigint references certificate (id),
    version         bigint       not null
);
create sequence certificate_review_seq start with 1 increment by 50;
create index certificate_review_queue on certificate_review (university_path, status, requested_at);
