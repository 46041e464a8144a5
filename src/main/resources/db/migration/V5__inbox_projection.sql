-- Inbox projection: one row per open user task, written in the engine's transaction by task listeners,
-- so an inbox is one indexed query with the case number and subject at hand (no per-task lookups).
create table inbox_task (
    task_id         varchar(64)  primary key,
    process_instance_id varchar(64) not null,
    case_id         bigint       not null,
    case_number     varchar(40)  not null,
    subject_name    varchar(255) not null,
    owner_org_path  varchar(512) not null,
    process_key     varchar(60)  not null,
    task_key        varchar(80)  not null,
    task_name       varchar(200) not null,
    assignee        varchar(60),
    due_at          datetime(6),
    created_at      datetime(6)  not null
);
create index ix_inbox_assignee_due on inbox_task (assignee, due_at);
create index ix_inbox_due on inbox_task (due_at);

create table inbox_task_group (
    task_id  varchar(64)  not null,
    group_id varchar(100) not null,
    primary key (task_id, group_id)
);
create index ix_inbox_group on inbox_task_group (group_id, task_id);
