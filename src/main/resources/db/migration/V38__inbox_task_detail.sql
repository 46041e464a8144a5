-- Issue #14: a line that tells a task apart from the case's other tasks of the same step (a remediation requirement).
alter table inbox_task add detail varchar(200);
