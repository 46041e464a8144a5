-- discipline-review (issue #6): the review of one member or organisation, its violations, and the authority
-- matrix (form × subject kind × deciding body level) seeded from procedures.md §3 and edited by administrators.
create table discipline_review (
    id                       bigint auto_increment primary key,
    case_id                  bigint       not null,
    subject_kind             varchar(20)  not null,
    member_id                bigint,
    org_id                   bigint,
    deciding_org_id          bigint       not null,
    proposed_form            varchar(20)  not null,
    limitation_note          varchar(500),
    limitation_expired       boolean      not null,
    override_reason          varchar(2000),
    override_by              varchar(60),
    deferral_reason          varchar(20),
    deferred_until           date,
    body_members             integer,
    present                  integer,
    votes_reprimand          integer,
    votes_warning            integer,
    votes_removal            integer,
    votes_expulsion          integer,
    votes_dissolution        integer,
    votes_none               integer,
    cell_full_members        integer,
    cell_expulsion_votes     integer,
    outcome_form             varchar(20),
    outcome_text             varchar(2000),
    proposed_to_case_id      bigint,
    decision_number          varchar(60),
    decided_on               date,
    announced_on             date,
    refused_to_receive       boolean      not null,
    record_id                bigint,
    appeal_window_ends       datetime(6),
    constraint fk_dreview_case foreign key (case_id) references case_file (id),
    constraint fk_dreview_member foreign key (member_id) references party_member (id),
    constraint fk_dreview_org foreign key (org_id) references organization (id),
    constraint fk_dreview_deciding foreign key (deciding_org_id) references organization (id)
);
create unique index ux_dreview_case on discipline_review (case_id);

create table discipline_violation (
    id                   bigint auto_increment primary key,
    review_id            bigint        not null,
    seq                  integer       not null,
    kind                 varchar(30)   not null,
    description          varchar(4000) not null,
    started_on           date          not null,
    ended_on             date,
    ongoing              boolean       not null,
    constraint fk_dviolation_review foreign key (review_id) references discipline_review (id)
);
create index ix_dviolation_review on discipline_violation (review_id);

create table discipline_authority (
    id            bigint auto_increment primary key,
    body_level    varchar(12) not null,
    subject_kind  varchar(20) not null,
    form          varchar(20) not null,
    constraint ux_discipline_authority unique (body_level, subject_kind, form)
);
-- a cell: reprimand and warning of its members; a base committee: also organisations (its cells); a commune
-- committee (directly under the province since 2025): also removal from post and expulsion; province and central:
-- every form, dissolution included.
insert into discipline_authority (body_level, subject_kind, form) values
 ('CELL', 'FULL_MEMBER', 'REPRIMAND'), ('CELL', 'FULL_MEMBER', 'WARNING'),
 ('CELL', 'PROBATIONARY_MEMBER', 'REPRIMAND'), ('CELL', 'PROBATIONARY_MEMBER', 'WARNING'),
 ('BASE', 'FULL_MEMBER', 'REPRIMAND'), ('BASE', 'FULL_MEMBER', 'WARNING'),
 ('BASE', 'PROBATIONARY_MEMBER', 'REPRIMAND'), ('BASE', 'PROBATIONARY_MEMBER', 'WARNING'),
 ('BASE', 'ORGANIZATION', 'REPRIMAND'), ('BASE', 'ORGANIZATION', 'WARNING'),
 ('COMMUNE', 'FULL_MEMBER', 'REPRIMAND'), ('COMMUNE', 'FULL_MEMBER', 'WARNING'),
 ('COMMUNE', 'FULL_MEMBER', 'REMOVAL_FROM_POST'), ('COMMUNE', 'FULL_MEMBER', 'EXPULSION'),
 ('COMMUNE', 'PROBATIONARY_MEMBER', 'REPRIMAND'), ('COMMUNE', 'PROBATIONARY_MEMBER', 'WARNING'),
 ('COMMUNE', 'ORGANIZATION', 'REPRIMAND'), ('COMMUNE', 'ORGANIZATION', 'WARNING'),
 ('PROVINCE', 'FULL_MEMBER', 'REPRIMAND'), ('PROVINCE', 'FULL_MEMBER', 'WARNING'),
 ('PROVINCE', 'FULL_MEMBER', 'REMOVAL_FROM_POST'), ('PROVINCE', 'FULL_MEMBER', 'EXPULSION'),
 ('PROVINCE', 'PROBATIONARY_MEMBER', 'REPRIMAND'), ('PROVINCE', 'PROBATIONARY_MEMBER', 'WARNING'),
 ('PROVINCE', 'ORGANIZATION', 'REPRIMAND'), ('PROVINCE', 'ORGANIZATION', 'WARNING'), ('PROVINCE', 'ORGANIZATION', 'DISSOLUTION'),
 ('CENTRAL', 'FULL_MEMBER', 'REPRIMAND'), ('CENTRAL', 'FULL_MEMBER', 'WARNING'),
 ('CENTRAL', 'FULL_MEMBER', 'REMOVAL_FROM_POST'), ('CENTRAL', 'FULL_MEMBER', 'EXPULSION'),
 ('CENTRAL', 'PROBATIONARY_MEMBER', 'REPRIMAND'), ('CENTRAL', 'PROBATIONARY_MEMBER', 'WARNING'),
 ('CENTRAL', 'ORGANIZATION', 'REPRIMAND'), ('CENTRAL', 'ORGANIZATION', 'WARNING'), ('CENTRAL', 'ORGANIZATION', 'DISSOLUTION');
