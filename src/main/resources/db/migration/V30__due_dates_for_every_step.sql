-- Every user step gets a due date (issue #13): a step without one never shows as late and is never chased. The
-- regulations set none for these steps, so these are KTGS defaults, editable by administrators like any rule.

-- discipline-review (procedures.md §1f): the chair's decision on an expired limitation, the deferral check, the
-- hearing, the ballot at the body's (monthly) meeting, and the announcement of the decision.
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source) values
 ('discipline-review', 'Task_LimitationOverride', null, 5,  'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('discipline-review', 'Task_CheckDeferral',      null, 5,  'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('discipline-review', 'Task_Hearing',            null, 15, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS (QĐ 296 Điều 12: gặp, nghe trước khi quyết định)'),
 ('discipline-review', 'Task_RecordVote',         null, 30, 'CALENDAR_DAYS', 'TASK_CREATED', 'mặc định KTGS: hội nghị thường kỳ hằng tháng'),
 ('discipline-review', 'Task_Announce',           null, 5,  'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS');

-- asset-verification (§1i): only the publication has a statutory period (5 days, its own rule).
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source) values
 ('asset-verification', 'Task_ApproveProposal',    null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('asset-verification', 'Task_RequestExplanation', null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('asset-verification', 'Task_Verify',             null, 15, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('asset-verification', 'Task_DraftReport',        null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('asset-verification', 'Task_Conclude',           null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS');

-- the finance and discipline-work inspections are built from inspection-compliance (PlannedInspectionModels): their
-- cell steps take the compliance inspection's defaults.
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source)
select v.process_key, r.step_key, r.org_level, r.amount, r.unit, r.starts_from, r.source
  from deadline_rule r
  join (select 'inspection-finance' as process_key union all select 'inspection-discipline-work') v on 1 = 1
 where r.process_key = 'inspection-compliance' and r.step_key like 'Task_Cell%'
   and not exists (select 1 from deadline_rule x where x.process_key = v.process_key and x.step_key = r.step_key);

-- a cell's thematic supervision: the base level's 20 working days from the subject's report (HD 02 sets none for cells).
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source, max_extensions, extension_divisor) values
 ('supervision-thematic', null, 'CELL', 20, 'WORKING_DAYS', 'SUBJECT_REPORT_DATE', 'mặc định KTGS theo cấp cơ sở (HD 02-HD/UBKTTW 2017)', 1, 3);
