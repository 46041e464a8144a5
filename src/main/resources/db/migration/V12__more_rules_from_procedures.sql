-- The rest of procedures.md §2. No row means no limit (expulsion, dissolution; internal-political,
-- security and foreign-affairs violations; illegal diplomas have no statute of limitations).
insert into deadline_rule (process_key, step_key, org_level, amount, unit, starts_from, source, max_extensions) values
 ('statute-of-limitations', 'MEMBER_REPRIMAND', null, 5,  'YEARS', 'VIOLATION_DATE', 'QĐ 102/2017; QĐ 69 (khiển trách)', 0),
 ('statute-of-limitations', 'MEMBER_WARNING',   null, 10, 'YEARS', 'VIOLATION_DATE', 'QĐ 102/2017 (cảnh cáo)', 0),
 ('statute-of-limitations', 'MEMBER_REMOVAL',   null, 10, 'YEARS', 'VIOLATION_DATE', 'QĐ 102/2017 (cách chức)', 0),
 ('statute-of-limitations', 'ORG_REPRIMAND',    null, 5,  'YEARS', 'VIOLATION_DATE', 'QĐ 07/2018 (khiển trách tổ chức)', 0),
 ('statute-of-limitations', 'ORG_WARNING',      null, 10, 'YEARS', 'VIOLATION_DATE', 'QĐ 07/2018 (cảnh cáo tổ chức)', 0),
 ('state-discipline-notice', null, null, 5, 'CALENDAR_DAYS', 'DECISION_DATE', 'QĐ 296 Điều 8.5', 0);
