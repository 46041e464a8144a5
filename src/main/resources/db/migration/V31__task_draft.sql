-- What a user typed into a task's form and has not completed yet (issue #13): kept per user and task, restored when
-- the task page opens again, deleted when the task ends. Files are not kept (an upload is chosen again).
create table task_draft (
    task_id    varchar(64)  not null,
    username   varchar(100) not null,
    form_values longtext    not null,
    saved_at   datetime(6)  not null,
    primary key (task_id, username)
);
