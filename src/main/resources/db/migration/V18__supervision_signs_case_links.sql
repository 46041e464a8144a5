-- Regular supervision (procedures.md §1e): what inspectors observed, within their committee's jurisdiction.
create table supervision_observation (
    id                 bigint auto_increment primary key,
    committee_org_id   bigint        not null,
    committee_org_path varchar(512)  not null,
    kind               varchar(20)   not null,
    observed_on        date          not null,
    subject_org_id     bigint,
    subject_member_id  bigint,
    subject_name       varchar(255)  not null,
    subject_org_path   varchar(512)  not null,
    content            longtext      not null,
    document_name      varchar(255),
    document_type      varchar(120),
    document_content   longblob,
    document_sha256    varchar(64),
    recorded_by        varchar(60)   not null,
    recorded_at        datetime(6)   not null,
    constraint fk_observation_committee foreign key (committee_org_id) references organization (id),
    constraint fk_observation_subject_org foreign key (subject_org_id) references organization (id),
    constraint fk_observation_subject_member foreign key (subject_member_id) references party_member (id)
);
create index ix_observation_committee on supervision_observation (committee_org_path, observed_on);

-- Signs of violation (dấu hiệu vi phạm): each keeps its source, so the share found proactively is measurable.
create table violation_sign (
    id                 bigint auto_increment primary key,
    committee_org_id   bigint        not null,
    committee_org_path varchar(512)  not null,
    source             varchar(30)   not null,
    subject_org_id     bigint,
    subject_member_id  bigint,
    subject_name       varchar(255)  not null,
    subject_org_path   varchar(512)  not null,
    subject_org_code   varchar(60)   not null,
    content            longtext      not null,
    observation_id     bigint,
    origin_case_id     bigint,
    review_case_id     bigint,
    raised_by          varchar(60)   not null,
    raised_at          datetime(6)   not null,
    raised_on          date          not null,
    status             varchar(20)   not null,
    decided_by         varchar(60),
    decided_at         datetime(6),
    dismiss_reason     varchar(2000),
    inspection_case_id bigint,
    version            bigint        not null default 0,
    constraint fk_sign_committee foreign key (committee_org_id) references organization (id),
    constraint fk_sign_observation foreign key (observation_id) references supervision_observation (id),
    constraint fk_sign_origin_case foreign key (origin_case_id) references case_file (id),
    constraint fk_sign_review_case foreign key (review_case_id) references case_file (id),
    constraint fk_sign_inspection_case foreign key (inspection_case_id) references case_file (id)
);
create index ix_sign_committee on violation_sign (committee_org_path, raised_on);
create index ix_sign_review_case on violation_sign (review_case_id);
create index ix_sign_inspection_case on violation_sign (inspection_case_id);

-- Related cases (supervision → inspection, sign → inspection), shown on both cases' pages.
create table case_link (
    id           bigint auto_increment primary key,
    from_case_id bigint       not null,
    to_case_id   bigint       not null,
    kind         varchar(40)  not null,
    created_by   varchar(60)  not null,
    created_at   datetime(6)  not null,
    constraint uk_case_link unique (from_case_id, to_case_id, kind),
    constraint fk_link_from foreign key (from_case_id) references case_file (id),
    constraint fk_link_to foreign key (to_case_id) references case_file (id)
);
create index ix_link_to on case_link (to_case_id);

-- supervision-thematic: V2 holds the duration by level (no step: 45/30/25/20 working days from the subject's
-- report, extension ≤ 1/3, V9). It applies to Task_StudyReport, created when the report arrives; the meeting and
-- the result report share that task's (possibly extended) due date. The other steps get their own defaults.
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source, max_extensions) values
 ('supervision-thematic', 'Task_SetPlan',               null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS', 0),
 ('supervision-thematic', 'Task_SplitWork',             null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS', 0),
 ('supervision-thematic', 'Task_SubmitSubjectReport',   null, 15, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS; trưởng đoàn đặt hạn cụ thể', 0),
 ('supervision-thematic', 'Task_DecideSigns',           null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS', 0),
 ('supervision-thematic', 'Task_RecordConclusion',      null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS', 0),
 ('supervision-thematic', 'Task_IssueConclusionNotice', null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS', 0),
 ('sign-review',          'Task_ReviewSign',            null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS; mục tiêu 100% dấu hiệu được kiểm tra kịp thời (NQ tỉnh)', 0);
