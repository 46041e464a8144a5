-- Teams are people, not strings (issue #13): who leads the case's team and who is in it, as usernames of the
-- committee (comma-separated), beside the team's text that the documents print; and the team proposed with an
-- inspection, carried to its plan.
alter table case_file add column team_lead varchar(100);
alter table case_file add column team_members varchar(1000);
alter table case_file add column proposed_team_members varchar(1000);
