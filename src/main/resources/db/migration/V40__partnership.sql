-- Partnerships: co-operation agreements between a university side and a locality side, their renewals,
-- signed scans, the projects carried out under them, and the practice bases opened under them.

create sequence agreement_seq start with 1 increment by 50;
create sequence agreement_renewal_seq start with 1 increment by 50;
create sequence agreement_attachment_seq start with 1 increment by 50;
create sequence practice_base_seq start with 1 increment by 50;

create table agreement (
    id                   bigint primary key,
    kind                 varchar(30) not null,
    title                varchar(200) not null,
    university_side_id   bigint not null references organisation (id),
    university_side_path varchar(400) not null,
    local_side_id        bigint not null references organisation (id),
    local_side_path      varchar(400) not null,
    starts_on            date not null,
    ends_on              date not null,
    signed_on            date,
    signatories          varchar(1000),
    terminated_on        date,
    termination_reason   varchar(1000),
    created_at           timestamp with time zone not null,
    created_by           varchar(64),
    updated_at           timestamp with time zone not null,
    updated_by           varchar(64),
    version              bigint not null
);
create index agreement_university_side on agreement (university_side_path);
create index agreement_local_side on agreement (local_side_path);
create index agreement_ends on agreement (ends_on);

-- Every renewal: the end date before and after it.
create table agreement_renewal (
    id               bigint primary key,
    agreement_id     bigint not null references agreement (id),
    previous_ends_on date not null,
    new_ends_on      date not null,
    renewed_on       date not null,
    renewed_by       varchar(64),
    created_at       timestamp with time zone not null
);
create index agreement_renewal_agreement on agreement_renewal (agreement_id);

-- Signed scans: PDF, JPEG or PNG by their content.
create table agreement_attachment (
    id           bigint primary key,
    agreement_id bigint not null references agreement (id),
    file_name    varchar(200) not null,
    content_type varchar(50) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    bytes        bytea not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(64)
);
create index agreement_attachment_agreement on agreement_attachment (agreement_id);

-- A project carried out under an agreement (a project is under at most one).
create table agreement_project (
    project_id   bigint primary key references project (id),
    agreement_id bigint not null references agreement (id),
    linked_at    timestamp with time zone not null,
    linked_by    varchar(64)
);
create index agreement_project_agreement on agreement_project (agreement_id);

create table practice_base (
    id           bigint primary key,
    agreement_id bigint not null references agreement (id),
    name         varchar(200) not null,
    address      varchar(300) not null,
    latitude     double precision not null,
    longitude    double precision not null,
    capacity     integer not null,
    contact      varchar(200),
    created_at   timestamp with time zone not null,
    created_by   varchar(64),
    updated_at   timestamp with time zone not null,
    updated_by   varchar(64),
    version      bigint not null
);
create index practice_base_agreement on practice_base (agreement_id);
