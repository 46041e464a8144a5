-- Which rule set a task's due date, shown beside the date in the inbox and on the case page.
alter table inbox_task add column due_rule varchar(300);
