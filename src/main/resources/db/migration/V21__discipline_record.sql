-- The discipline record of members and organisations (issue #6 foundation): written by discipline-review,
-- changed or annulled by discipline-complaint. Expulsion ends the membership (party_member.membership_ended_on).
create table discipline_record (
    id                bigint auto_increment primary key,
    member_id         bigint,
    org_id            bigint,
    form              varchar(20)  not null,
    decision_number   varchar(60)  not null,
    decided_by_org_id bigint       not null,
    decided_on        date         not null,
    effective_on      date         not null,
    case_id           bigint,
    status            varchar(12)  not null,
    replaced_by_id    bigint,
    status_reason     varchar(1000),
    recorded_by       varchar(60)  not null,
    recorded_at       datetime(6)  not null,
    constraint fk_discipline_member foreign key (member_id) references party_member (id),
    constraint fk_discipline_org foreign key (org_id) references organization (id),
    constraint fk_discipline_decided_by foreign key (decided_by_org_id) references organization (id),
    constraint fk_discipline_case foreign key (case_id) references case_file (id)
);
create index ix_discipline_member on discipline_record (member_id);
create index ix_discipline_org on discipline_record (org_id);
create index ix_discipline_decision on discipline_record (decision_number);

alter table party_member add column membership_ended_on date;
alter table party_member add column membership_end_reason varchar(100);
