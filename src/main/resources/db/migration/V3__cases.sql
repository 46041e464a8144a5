-- A case (hồ sơ vụ việc) per process instance; the case number is the business key.
create table case_file (
    id                  bigint auto_increment primary key,
    case_number         varchar(40),
    process_key         varchar(60)  not null,
    title               varchar(300) not null,
    content             longtext,
    owner_org_id        bigint       not null,
    owner_org_path      varchar(512) not null,
    subject_org_id      bigint,
    subject_member_id   bigint,
    subject_name        varchar(255) not null,
    subject_org_path    varchar(512) not null,
    source              varchar(40),
    proposed_team       varchar(500),
    team                varchar(500),
    status              varchar(30)  not null,
    proposed_by         varchar(60)  not null,
    process_instance_id varchar(64),
    opened_at           datetime(6)  not null,
    closed_at           datetime(6),
    version             bigint       not null default 0,
    constraint uk_case_number unique (case_number),
    constraint fk_case_owner foreign key (owner_org_id) references organization (id),
    constraint fk_case_subject_org foreign key (subject_org_id) references organization (id),
    constraint fk_case_subject_member foreign key (subject_member_id) references party_member (id)
);
create index ix_case_owner_path on case_file (owner_org_path);
create index ix_case_status on case_file (status);

-- The case's timeline: every completed step with the data entered, who and when.
create table case_event (
    id        bigint auto_increment primary key,
    case_id   bigint       not null,
    at_time   datetime(6)  not null,
    actor     varchar(60)  not null,
    step_key  varchar(80),
    step_name varchar(200),
    summary   varchar(1000) not null,
    data      longtext,
    constraint fk_event_case foreign key (case_id) references case_file (id)
);
create index ix_event_case on case_event (case_id, at_time);

create table case_document (
    id           bigint auto_increment primary key,
    case_id      bigint       not null,
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      longblob     not null,
    step_key     varchar(80),
    uploaded_by  varchar(60)  not null,
    uploaded_at  datetime(6)  not null,
    constraint fk_document_case foreign key (case_id) references case_file (id)
);
create index ix_document_case on case_document (case_id);

create table conclusion_notice (
    id            bigint auto_increment primary key,
    case_id       bigint       not null,
    notice_number varchar(60)  not null,
    outcome       varchar(20)  not null,
    findings      longtext,
    votes_for     int          not null,
    votes_against int          not null,
    votes_abstain int          not null,
    issued_at     datetime(6)  not null,
    status        varchar(30)  not null,
    closed_at     datetime(6),
    constraint fk_notice_case foreign key (case_id) references case_file (id)
);
create index ix_notice_case on conclusion_notice (case_id);

create table remediation_requirement (
    id          bigint auto_increment primary key,
    notice_id   bigint        not null,
    seq         int           not null,
    content     varchar(2000) not null,
    owner_name  varchar(255)  not null,
    due_date    date          not null,
    status      varchar(20)   not null,
    last_report longtext,
    reported_at datetime(6),
    done_at     datetime(6),
    constraint uk_requirement_seq unique (notice_id, seq),
    constraint fk_requirement_notice foreign key (notice_id) references conclusion_notice (id)
);
