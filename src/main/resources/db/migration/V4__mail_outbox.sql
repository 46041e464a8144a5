-- Mails are written here in the transaction of the event that causes them and sent after commit.
create table mail_outbox (
    id              bigint auto_increment primary key,
    dedupe_key      varchar(200)  not null,
    recipient       varchar(200)  not null,
    recipient_user  varchar(60),
    subject         varchar(300)  not null,
    body            longtext      not null,
    status          varchar(16)   not null,
    attempts        int           not null default 0,
    next_attempt_at datetime(6)   not null,
    last_error      varchar(1000),
    created_at      datetime(6)   not null,
    sent_at         datetime(6),
    constraint uk_mail_dedupe unique (dedupe_key)
);
create index ix_mail_due on mail_outbox (status, next_attempt_at);
