-- Issue #14: members and organisations found without tone marks ("nguyen van a" finds "Nguyễn Văn A"), as cases and
-- the inbox are (V34). Written with each row by the application; older rows are folded once at start, and a row
-- written around the application (a bulk load) is still found by its plain name until then.
alter table party_member add search_name varchar(300);
alter table organization add search_name varchar(600);
