-- The reminder policy as data: when (working days relative to the due date) and to whom.
-- offset_days < 0: that many working days before; 0: on the due date; > 0: that many working days overdue.
create table reminder_policy (
    id          bigint auto_increment primary key,
    offset_days int          not null,
    recipients  varchar(20)  not null,
    label       varchar(100) not null,
    active      boolean      not null default true,
    constraint uk_reminder_policy unique (offset_days, recipients)
);
insert into reminder_policy (offset_days, recipients, label) values
 (-2, 'ACTORS',    'Sắp đến hạn'),
 (0,  'ACTORS',    'Đến hạn hôm nay'),
 (1,  'ACTORS',    'Quá hạn'),
 (3,  'TEAM_LEAD', 'Quá hạn – báo trưởng đoàn'),
 (5,  'STANDING',  'Cảnh báo quá hạn – báo Thường trực');

-- Each user chooses immediate mails or one morning digest, and the language of mails.
alter table app_user add column mail_mode varchar(10) not null default 'IMMEDIATE';
alter table app_user add column locale varchar(5) not null default 'vi';

-- The in-app list of reminders (and the material of the digest).
create table notification (
    id          bigint auto_increment primary key,
    dedupe_key  varchar(200) not null,
    username    varchar(60)  not null,
    task_id     varchar(64)  not null,
    case_id     bigint       not null,
    case_number varchar(40)  not null,
    label       varchar(100) not null,
    step_name   varchar(200) not null,
    due_at      datetime(6)  not null,
    created_at  datetime(6)  not null,
    read_at     datetime(6),
    digested_at datetime(6),
    constraint uk_notification unique (dedupe_key)
);
create index ix_notification_user on notification (username, created_at);
