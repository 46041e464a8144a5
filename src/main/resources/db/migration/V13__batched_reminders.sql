-- Issue #4: the sweep loads the keys a page of tasks already has in one query, and the dispatcher leases a
-- batch of mails with one update, marking them with its own token.
create index ix_notification_task on notification (task_id);
alter table mail_outbox add lease_token varchar(36);
create index ix_mail_lease on mail_outbox (lease_token);
