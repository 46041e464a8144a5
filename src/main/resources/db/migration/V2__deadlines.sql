-- Deadline rules (procedures.md §2) and fixed-date public holidays.
create table deadline_rule (
    id          bigint auto_increment primary key,
    process_key varchar(60)  not null,
    step_key    varchar(80),
    org_level   varchar(16),
    amount      int          not null,
    unit        varchar(16)  not null,
    starts_from varchar(30)  not null,
    source      varchar(255),
    constraint uk_deadline_rule unique (process_key, step_key, org_level)
);

create table public_holiday (
    id        bigint auto_increment primary key,
    month_no  int          not null,
    day_no    int          not null,
    name      varchar(120) not null,
    constraint uk_public_holiday unique (month_no, day_no)
);

insert into public_holiday (month_no, day_no, name) values
 (1, 1, 'Tết Dương lịch'),
 (4, 30, 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
 (5, 1, 'Ngày Quốc tế Lao động'),
 (9, 1, 'Quốc khánh (ngày liền kề)'),
 (9, 2, 'Quốc khánh');

-- inspection-violation: §2 found no statutory duration for 1a; these defaults are editable rules.
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source) values
 ('inspection-violation', 'Task_ApproveProposal',        null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS (QĐ 296 không quy định)'),
 ('inspection-violation', 'Task_SetPlan',                null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-violation', 'Task_SubmitSubjectReport',    null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS; trưởng đoàn đặt hạn cụ thể'),
 ('inspection-violation', 'Task_Verify',                 null, 15, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-violation', 'Task_DraftResultReport',      null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-violation', 'Task_RecordConclusion',       null, 10, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('inspection-violation', 'Task_IssueConclusionNotice',  null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 ('remediation-followup', 'Task_ReportRemediation',      null, 30, 'WORKING_DAYS', 'TASK_CREATED', 'hạn riêng của từng yêu cầu trong thông báo kết luận'),
 ('remediation-followup', 'Task_ConfirmRequirement',     null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS'),
 -- procedures.md §2, for the processes that follow
 ('discipline-complaint', null, 'CENTRAL',  180, 'WORKING_DAYS',  'RECEIPT_DATE', 'QĐ 30 (chưa xác nhận theo QĐ 296)'),
 ('discipline-complaint', null, null,        90, 'WORKING_DAYS',  'RECEIPT_DATE', 'QĐ 30 (chưa xác nhận theo QĐ 296)'),
 ('denunciation',         null, 'CENTRAL',  180, 'CALENDAR_DAYS', 'RECEIPT_OR_POSTMARK_DATE', 'QĐ 22 Điều 20; QĐ 164'),
 ('denunciation',         null, null,        90, 'CALENDAR_DAYS', 'RECEIPT_OR_POSTMARK_DATE', 'QĐ 22 Điều 20'),
 ('supervision-thematic', null, 'CENTRAL',   45, 'WORKING_DAYS',  'SUBJECT_REPORT_DATE', 'HD 02-HD/UBKTTW 2017; gia hạn ≤ 1/3'),
 ('supervision-thematic', null, 'PROVINCE',  30, 'WORKING_DAYS',  'SUBJECT_REPORT_DATE', 'HD 02-HD/UBKTTW 2017; gia hạn ≤ 1/3'),
 ('supervision-thematic', null, 'COMMUNE',   25, 'WORKING_DAYS',  'SUBJECT_REPORT_DATE', 'HD 02-HD/UBKTTW 2017 (cấp huyện); gia hạn ≤ 1/3'),
 ('supervision-thematic', null, 'BASE',      20, 'WORKING_DAYS',  'SUBJECT_REPORT_DATE', 'HD 02-HD/UBKTTW 2017; gia hạn ≤ 1/3'),
 ('discipline-appeal-window', null, null,    30, 'CALENDAR_DAYS', 'DECISION_DATE', 'Điều lệ: trong một tháng'),
 ('suspension',           null, null,        90, 'CALENDAR_DAYS', 'DECISION_DATE', 'QĐ 22 Điều 31; tổng ≤ 180 ngày khi gia hạn'),
 ('asset-verification-publication', null, null, 5, 'CALENDAR_DAYS', 'DECISION_DATE', 'luật nhà nước');
