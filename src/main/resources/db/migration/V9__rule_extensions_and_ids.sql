-- Extension policy per rule (procedures.md §2: one extension of at most 60 days; at most 1/3 of the original).
alter table deadline_rule add column max_extensions int not null default 0;
alter table deadline_rule add column extension_max_days int;
alter table deadline_rule add column extension_divisor int;

update deadline_rule set max_extensions = 1, extension_max_days = 60 where process_key = 'denunciation' and org_level = 'CENTRAL';
update deadline_rule set max_extensions = 1, extension_divisor = 3 where process_key = 'supervision-thematic';
update deadline_rule set max_extensions = 1, extension_max_days = 90 where process_key = 'suspension';

-- The rule behind an open task's due date, so a changed rule can recompute exactly the dates it set.
alter table inbox_task add column due_rule_id bigint;
create index ix_inbox_due_rule on inbox_task (due_rule_id);
