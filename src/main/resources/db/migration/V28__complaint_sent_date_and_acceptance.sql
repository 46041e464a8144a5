-- Review fixes on disciplinary complaints (issue #6): the date the complainant SENT the letter (postmark), which the
-- appeal window is measured against when known, and the standing members' acceptance of a complaint the rules
-- found not admissible (their reason and who recorded it).
alter table discipline_complaint add column sent_on date;
alter table discipline_complaint add column accepted_despite_reason varchar(2000);
alter table discipline_complaint add column accepted_despite_by varchar(100);
