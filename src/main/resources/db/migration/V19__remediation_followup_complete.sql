-- Remediation follow-up, complete (issue #5 item 3, procedures.md §1j).

-- A requirement's owner is an organisation or a member of the subject's subtree; owner_name stays the label.
alter table remediation_requirement add column owner_org_code varchar(40);
alter table remediation_requirement add column owner_member_id bigint;
-- A completion report must carry evidence (an upload) when the notice says so.
alter table remediation_requirement add column evidence_required boolean default false not null;

-- The remediation plan (per notice): its own due date if the notice sets one, otherwise the rule below.
alter table conclusion_notice add column plan_due_date date;
alter table conclusion_notice add column plan_status varchar(20);
-- The follow-up inspection (kiểm tra việc thực hiện kết luận) opened from this notice. Stored here because
-- case_link does not exist on this branch (feat/supervision adds it in V18).
alter table conclusion_notice add column followup_case_id bigint;

-- Every plan, progress report and completion report, and the inspector's decision on it: the history.
create table remediation_report (
    id               bigint auto_increment primary key,
    notice_id        bigint        not null,
    requirement_id   bigint,
    kind             varchar(12)   not null,
    report_text      longtext      not null,
    evidence_name    varchar(255),
    submitted_by     varchar(60)   not null,
    on_behalf        boolean       default false not null,
    submitted_at     datetime(6)   not null,
    decision         varchar(10),
    decided_by       varchar(60),
    decided_at       datetime(6),
    decision_comment varchar(2000),
    constraint fk_report_notice foreign key (notice_id) references conclusion_notice (id),
    constraint fk_report_requirement foreign key (requirement_id) references remediation_requirement (id)
);
create index ix_report_notice on remediation_report (notice_id);

insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source) values
 ('remediation-followup', 'Task_SubmitPlan', null, 15, 'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS; thông báo kết luận có thể đặt hạn riêng'),
 ('remediation-followup', 'Task_ReviewPlan', null, 5,  'WORKING_DAYS', 'TASK_CREATED', 'mặc định KTGS');
