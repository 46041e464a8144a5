-- Issue #14: a follow-up date beside the due date (Camunda's own follow-up date, copied to the inbox's row): the day
-- the holder wants the task back in view, e.g. when a subject promised an answer.
alter table inbox_task add follow_up_at datetime(6);
