-- The government's yearly adjustments to the working calendar (an extra day off, a Saturday worked).
create table calendar_adjustment (
    id         bigint auto_increment primary key,
    adjusted_day date        not null,
    kind       varchar(16)  not null,
    reason     varchar(500) not null,
    created_by varchar(60)  not null,
    created_at datetime(6)  not null,
    constraint uk_calendar_adjustment_day unique (adjusted_day)
);

-- Who changed what and when: calendar adjustments, deadline rules, and later confidential reads.
create table audit_log (
    id        bigint auto_increment primary key,
    at_time   datetime(6)   not null,
    actor     varchar(60)   not null,
    subject   varchar(60)   not null,
    action    varchar(30)   not null,
    detail    varchar(2000) not null
);
create index ix_audit_subject on audit_log (subject, at_time);
