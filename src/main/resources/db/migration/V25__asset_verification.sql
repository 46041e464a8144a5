-- Asset and income verification (issue #6, procedures.md §1i). Amounts are whole đồng (bigint, >= 0).

-- Who must declare in a year, per committee (members holding posts, etc.): maintained by the committee's ADMIN or CHAIR.
create table asset_declarant (
    id                bigint auto_increment primary key,
    committee_org_id  bigint       not null,
    declaration_year  int          not null,
    member_id         bigint       not null,
    post              varchar(255) not null,
    email             varchar(255),
    added_by          varchar(60)  not null,
    added_at          datetime(6)  not null,
    constraint fk_asset_declarant_org foreign key (committee_org_id) references organization (id),
    constraint fk_asset_declarant_member foreign key (member_id) references party_member (id),
    constraint uq_asset_declarant unique (committee_org_id, declaration_year, member_id)
);

-- The annual random selection: one per committee and year; the seed makes it reproducible.
create table asset_draw (
    id                bigint auto_increment primary key,
    committee_org_id  bigint       not null,
    draw_year         int          not null,
    seed              bigint       not null,
    pool_size         int          not null,
    drawn_count       int          not null,
    share_percent     int,
    drawn_member_ids  longtext     not null,
    drawn_by          varchar(60)  not null,
    drawn_at          datetime(6)  not null,
    constraint fk_asset_draw_org foreign key (committee_org_id) references organization (id),
    constraint uq_asset_draw unique (committee_org_id, draw_year)
);

-- One verification per case: why it was opened, the amounts, the conclusion and its publication.
create table asset_verification (
    id                    bigint auto_increment primary key,
    case_id               bigint        not null,
    committee_org_id      bigint        not null,
    member_id             bigint        not null,
    declaration_year      int           not null,
    verification_trigger  varchar(30)   not null,
    trigger_reason        varchar(2000),
    draw_id               bigint,
    source_case_id        bigint,
    declarant_email       varchar(255),
    explanation           longtext,
    explained_on          date,
    previous_total        bigint,
    declared_total        bigint,
    verified_total        bigint,
    explained_increase    bigint,
    unexplained_increase  bigint,
    verification_notes    longtext,
    conclusion            varchar(20),
    conclusion_reasons    longtext,
    concluded_on          date,
    publication_due       datetime(6),
    published_on          date,
    publication_place     varchar(500),
    published_late        boolean       not null default false,
    chase_count           int           not null default 0,
    version               bigint        not null default 0,
    constraint fk_asset_verification_case foreign key (case_id) references case_file (id),
    constraint fk_asset_verification_member foreign key (member_id) references party_member (id),
    constraint fk_asset_verification_draw foreign key (draw_id) references asset_draw (id),
    constraint uq_asset_verification_case unique (case_id)
);
create index ix_asset_verification_committee on asset_verification (committee_org_id, declaration_year);
