-- Issue #14: search without tone marks or case ("nguyen van a" finds "Nguyễn Văn A"), the same on H2 and MySQL.
-- The folded text (ICU Latin-ASCII, lower case: "đ" becomes "d") is written with the row by the application;
-- rows older than this migration are folded once at start (SearchTextBackfill).
alter table inbox_task add search_text varchar(1500);
alter table case_file add search_text varchar(1500);
