-- Saved inbox filters (issue #14): a user's own, or shared with the committee (committee_org_id set) by a team lead,
-- chair or deputy. The filter is applied to each reader's own inbox.
create table saved_filter (
    id                bigint auto_increment primary key,
    owner             varchar(100) not null,
    committee_org_id  bigint,
    name              varchar(100) not null,
    scope             varchar(20)  not null,
    search            varchar(200),
    due               varchar(20)  not null,
    process_key       varchar(60),
    sort_by           varchar(20)  not null,
    descending        boolean      not null,
    created_at        datetime(6)  not null
);
create index ix_saved_filter_owner on saved_filter (owner);
create index ix_saved_filter_committee on saved_filter (committee_org_id);
