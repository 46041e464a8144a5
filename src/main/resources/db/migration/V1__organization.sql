-- Organisation tree, party members, users and their roles per organisation.
-- Plain SQL that H2 and MySQL 8 / MariaDB both accept.
create table organization (
    id             bigint auto_increment primary key,
    code           varchar(40)  not null,
    name           varchar(255) not null,
    level          varchar(16)  not null,
    parent_id      bigint,
    path           varchar(512) not null,
    has_committee  boolean      not null default false,
    committee_name varchar(255),
    constraint uk_organization_code unique (code),
    constraint fk_organization_parent foreign key (parent_id) references organization (id)
);
create index ix_organization_path on organization (path);
create index ix_organization_parent on organization (parent_id);

create table party_member (
    id              bigint auto_increment primary key,
    full_name       varchar(120) not null,
    birth_year      int          not null,
    status          varchar(16)  not null,
    org_id          bigint       not null,
    posts           varchar(255),
    managing_org_id bigint       not null,
    constraint fk_member_org foreign key (org_id) references organization (id),
    constraint fk_member_managing_org foreign key (managing_org_id) references organization (id)
);
create index ix_member_org on party_member (org_id);
create index ix_member_name on party_member (full_name);

create table app_user (
    id            bigint auto_increment primary key,
    username      varchar(60)  not null,
    password_hash varchar(100) not null,
    full_name     varchar(120) not null,
    email         varchar(200),
    enabled       boolean      not null default true,
    constraint uk_app_user_username unique (username)
);

create table role_assignment (
    id      bigint auto_increment primary key,
    user_id bigint      not null,
    role    varchar(32) not null,
    org_id  bigint      not null,
    constraint uk_role_assignment unique (user_id, role, org_id),
    constraint fk_role_user foreign key (user_id) references app_user (id),
    constraint fk_role_org foreign key (org_id) references organization (id)
);
create index ix_role_org on role_assignment (org_id, role);
