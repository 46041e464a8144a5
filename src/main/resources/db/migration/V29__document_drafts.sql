-- Documents are drafted after the step commits (issue #12): a step that drafts documents leaves one row here in its
-- own transaction; a drafter (any node) drafts them from the step's timeline row and deletes the row in the
-- transaction that stores the files. A case's rows are drafted in order (the plan cites the decision's number); a
-- row that keeps failing stays, marked failed, with its last error, until someone with the right retries it.
create table document_draft (
    id              bigint auto_increment primary key,
    case_id         bigint        not null,
    event_id        bigint        not null,
    process_key     varchar(100)  not null,
    task_key        varchar(100)  not null,
    step_name       varchar(300)  not null,
    step_date       date          not null,
    actor           varchar(100)  not null,
    attempts        int           not null default 0,
    failed          boolean       not null default false,
    next_attempt_at datetime(6)   not null,
    lease_token     varchar(36),
    last_error      varchar(1000),
    created_at      datetime(6)   not null
);
create index ix_document_draft_due on document_draft (failed, next_attempt_at);
create index ix_document_draft_case on document_draft (case_id, id);
