-- Minutes uploaded on the case page (doc_kind 'MINUTES') carry the date of the meeting they record.
alter table case_document add column meeting_date date;
