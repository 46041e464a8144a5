-- Substitutes (issue #14): while a user is away, a colleague of the same committee sees and works the tasks given to
-- them (marked as such); the history records who did the step.
create table substitute (
    id          bigint auto_increment primary key,
    username    varchar(100) not null,
    substitute  varchar(100) not null,
    starts_on   date         not null,
    ends_on     date         not null,
    created_at  datetime(6)  not null
);
create index ix_substitute_by on substitute (substitute, starts_on, ends_on);
create index ix_substitute_user on substitute (username);
