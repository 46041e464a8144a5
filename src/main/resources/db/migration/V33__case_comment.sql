-- Comments on a case (issue #13): written by the people who may see the case, readable by all of them; the author
-- edits or deletes their own. Edits and deletions are audited.
create table case_comment (
    id          bigint auto_increment primary key,
    case_id     bigint        not null,
    author      varchar(100)  not null,
    body        varchar(4000) not null,
    created_at  datetime(6)   not null,
    edited_at   datetime(6),
    constraint fk_comment_case foreign key (case_id) references case_file (id)
);
create index ix_comment_case on case_comment (case_id, created_at);
