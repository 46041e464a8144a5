-- Case documents get a kind (UPLOADED or a generated kind), a version per file name within the case, and the
-- number a generated document carries ("12-QĐ/UBKTTU"). Documents stored before are version 1 uploads.
alter table case_document add column doc_kind varchar(40) default 'UPLOADED' not null;
alter table case_document add column version_no int default 1 not null;
alter table case_document add column doc_number varchar(60);
create index ix_document_case_name on case_document (case_id, file_name);

-- The register of issued numbers: one running number per committee, year and series (QĐ, KH, …).
create table document_counter (
    id             bigint auto_increment primary key,
    org_id         bigint      not null,
    counter_year   int         not null,
    series         varchar(10) not null,
    last_number    int         not null,
    constraint uk_document_counter unique (org_id, counter_year, series),
    constraint fk_document_counter_org foreign key (org_id) references organization (id)
);
