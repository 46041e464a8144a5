-- One row per periodic job that must not run twice at once across nodes (SELECT ... FOR UPDATE).
create table job_lock (
    name varchar(60) primary key
);
insert into job_lock (name) values ('reminder-sweep');
