-- Issue #5: the inspections an annual programme starts (procedures.md §1b compliance with its cell variant,
-- §1c finance, §1d discipline and inspection/supervision work of a lower organisation).

-- Structured findings of a verification: amounts in whole đồng (§1c), discipline cases (§1d).
create table inspection_finding (
    id           bigint auto_increment primary key,
    case_id      bigint        not null,
    seq          int           not null,
    kind         varchar(40)   not null,
    concerned    varchar(255),
    description  varchar(2000) not null,
    decided_by   varchar(255),
    amount       decimal(19, 0),
    recorded_at  datetime(6)   not null,
    constraint uk_inspection_finding_seq unique (case_id, seq),
    constraint fk_inspection_finding_case foreign key (case_id) references case_file (id)
);

-- Deadlines of their steps. procedures.md found no statutory duration for §1b–1d (only the three phases), so
-- every value is a KTGS default (uncertain), editable by administrators; the subject's report is due on the date
-- the plan sets, the row is only its fallback. Cell meetings are monthly, hence 30 calendar days for the cell's
-- meeting steps (HD 08 on cell meetings; uncertain).
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source) values
 ('inspection-compliance', 'Task_SetPlan',                null, 10, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS (QĐ 296 không quy định thời hạn kiểm tra chấp hành)'),
 ('inspection-compliance', 'Task_SubmitSubjectReport',    null, 15, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS; kế hoạch đặt hạn cụ thể'),
 ('inspection-compliance', 'Task_Verify',                 null, 15, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-compliance', 'Task_DraftResultReport',      null, 10, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-compliance', 'Task_RecordConclusion',       null, 10, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-compliance', 'Task_IssueConclusionNotice',  null, 5,  'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-compliance', 'Task_CellAdoptPlan',          null, 30, 'CALENDAR_DAYS', 'TASK_CREATED', 'mặc định KTGS: hội nghị chi bộ thường kỳ hằng tháng'),
 ('inspection-compliance', 'Task_CellSelfReport',         null, 30, 'CALENDAR_DAYS', 'TASK_CREATED', 'mặc định KTGS; chi bộ đặt hạn cụ thể'),
 ('inspection-compliance', 'Task_CellDraftResult',        null, 10, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-compliance', 'Task_CellConclusion',         null, 30, 'CALENDAR_DAYS', 'TASK_CREATED', 'mặc định KTGS: hội nghị chi bộ thường kỳ hằng tháng'),
 ('inspection-compliance', 'Task_CellConclusionNotice',   null, 5,  'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-finance', 'Task_SetPlan',                   null, 10, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS (QĐ 296 không quy định thời hạn kiểm tra tài chính)'),
 ('inspection-finance', 'Task_SubmitSubjectReport',       null, 15, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS; kế hoạch đặt hạn cụ thể'),
 ('inspection-finance', 'Task_Verify',                    null, 20, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS: đối chiếu sổ sách, chứng từ'),
 ('inspection-finance', 'Task_DraftResultReport',         null, 10, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-finance', 'Task_RecordConclusion',          null, 10, 'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-finance', 'Task_IssueConclusionNotice',     null, 5,  'WORKING_DAYS',  'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-discipline-work', 'Task_SetPlan',               null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS (QĐ 296 không quy định thời hạn)'),
 ('inspection-discipline-work', 'Task_SubmitSubjectReport',   null, 15, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS; kế hoạch đặt hạn cụ thể'),
 ('inspection-discipline-work', 'Task_Verify',                null, 15, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-discipline-work', 'Task_DraftResultReport',     null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-discipline-work', 'Task_RecordConclusion',      null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-discipline-work', 'Task_IssueConclusionNotice', null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS');
