-- Annual and full-term inspection and supervision programmes, and the coverage quotas per level (issue #5, item 2).
-- Plain SQL that H2 and MySQL 8 / MariaDB both accept.

-- Coverage a committee must reach per year, per level of its organisation (procedures.md §5, seed 004 II.2.2.1).
-- A null share means the level has no such quota (a cell has no subordinate organisations).
create table coverage_quota (
    id               bigint auto_increment primary key,
    org_level        varchar(16)  not null,
    org_share_pct    int,
    member_share_pct int,
    source           varchar(300) not null,
    version          bigint       not null default 0,
    constraint uk_coverage_quota_level unique (org_level)
);
insert into coverage_quota (org_level, org_share_pct, member_share_pct, source) values
    ('PROVINCE', 100, 50, 'Nghị quyết BTV Tỉnh ủy 2026-2030, mục II.2.2.1.1 (2): 100% đảng ủy trực thuộc, ≥ 50% đảng viên thuộc diện BTV Tỉnh ủy quản lý'),
    ('COMMUNE', 100, 25, 'Nghị quyết BTV Tỉnh ủy 2026-2030, mục II.2.2.1.1 (2): 100% tổ chức đảng trực thuộc, ≥ 25% đảng viên thuộc diện BTV đảng ủy quản lý'),
    ('BASE', 100, 20, 'Nghị quyết BTV Tỉnh ủy 2026-2030, mục II.2.2.1.1 (2): 100% chi bộ trực thuộc, ≥ 20% đảng viên thuộc diện đảng ủy cơ sở quản lý'),
    ('CELL', null, 15, 'Nghị quyết BTV Tỉnh ủy 2026-2030, mục II.2.2.1.3: chi bộ kiểm tra, giám sát ít nhất 15% đảng viên');

-- A committee's programme: annual (start_year = end_year) or full term (e.g. 2025-2030).
create table programme (
    id               bigint auto_increment primary key,
    committee_org_id bigint       not null,
    kind             varchar(10)  not null,
    start_year       int          not null,
    end_year         int          not null,
    title            varchar(300) not null,
    status           varchar(16)  not null,
    created_by       varchar(60)  not null,
    created_at       datetime(6)  not null,
    approved_by      varchar(60),
    approved_at      datetime(6),
    version          bigint       not null default 0,
    constraint uk_programme_committee_period unique (committee_org_id, kind, start_year),
    constraint fk_programme_committee foreign key (committee_org_id) references organization (id)
);

-- One planned inspection or supervision; subject_key ("O:<org id>" or "M:<member id>") makes a duplicate
-- (same kind and subject in the same programme) impossible even when two users save at once.
create table programme_item (
    id                bigint auto_increment primary key,
    programme_id      bigint        not null,
    item_kind         varchar(30)   not null,
    subject_org_id    bigint,
    subject_member_id bigint,
    subject_key       varchar(40)   not null,
    subject_name      varchar(255)  not null,
    content           varchar(2000) not null,
    plan_year         int           not null,
    quarter_no        int           not null,
    lead_username     varchar(60)   not null,
    case_id           bigint,
    version           bigint        not null default 0,
    constraint uk_programme_item_subject unique (programme_id, item_kind, subject_key),
    constraint fk_item_programme foreign key (programme_id) references programme (id),
    constraint fk_item_subject_org foreign key (subject_org_id) references organization (id),
    constraint fk_item_subject_member foreign key (subject_member_id) references party_member (id),
    constraint fk_item_case foreign key (case_id) references case_file (id)
);
create index ix_programme_item_case on programme_item (case_id);

-- Coverage is counted from a committee's cases in a period (members per managing committee use the index
-- that the foreign key fk_member_managing_org already has).
create index ix_case_owner_opened on case_file (owner_org_id, opened_at);
