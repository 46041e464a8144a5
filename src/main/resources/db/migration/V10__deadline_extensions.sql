-- Extensions of a step's deadline: requested by the team lead, decided by the standing members.
create table deadline_extension (
    id               bigint auto_increment primary key,
    case_id          bigint        not null,
    task_id          varchar(64)   not null,
    task_name        varchar(200)  not null,
    rule_id          bigint        not null,
    amount           int           not null,
    unit             varchar(16)   not null,
    reason           varchar(2000) not null,
    requested_by     varchar(60)   not null,
    requested_at     datetime(6)   not null,
    status           varchar(16)   not null,
    old_due          datetime(6)   not null,
    new_due          datetime(6),
    decided_by       varchar(60),
    decided_at       datetime(6),
    decision_comment varchar(2000),
    constraint fk_extension_case foreign key (case_id) references case_file (id)
);
create index ix_extension_task on deadline_extension (task_id);
create index ix_extension_case on deadline_extension (case_id);

-- KTGS default for the longer steps of an inspection on signs of violation: one extension of at most a
-- third of the limit (the pattern §2 gives for thematic supervision).
update deadline_rule set max_extensions = 1, extension_divisor = 3
 where process_key = 'inspection-violation' and step_key in ('Task_Verify', 'Task_DraftResultReport');
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source, max_extensions)
values ('deadline-extension', 'Task_DecideExtension', null, 3, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS', 0);
