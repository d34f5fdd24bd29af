-- Front structures: the committee of each unit, its Standing Committee members, member organisations,
-- residential areas with their Front work committees, and emulation clusters.

-- The organisations that can be members of the Front at a level (configurable list).
create table member_organization (
    id          bigserial primary key,
    code        varchar(16) not null unique,
    name        text        not null,
    short_name  text        not null,
    political_social boolean not null default false,
    sort_order  int         not null default 100,
    active      boolean     not null default true
);

insert into member_organization (code, name, short_name, political_social, sort_order) values
    ('CD',    'Liên đoàn Lao động (Công đoàn)', 'Công đoàn', true, 10),
    ('HND',   'Hội Nông dân', 'Hội Nông dân', true, 20),
    ('DTN',   'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn Thanh niên', true, 30),
    ('HLHPN', 'Hội Liên hiệp Phụ nữ', 'Hội Phụ nữ', true, 40),
    ('HCCB',  'Hội Cựu chiến binh', 'Hội Cựu chiến binh', true, 50),
    ('HCTD',  'Hội Chữ thập đỏ', 'Hội Chữ thập đỏ', false, 60),
    ('HNCT',  'Hội Người cao tuổi', 'Hội Người cao tuổi', false, 70),
    ('HKH',   'Hội Khuyến học', 'Hội Khuyến học', false, 80);

create table front_committee (
    id          bigserial primary key,
    unit_id     bigint not null unique references unit (id),
    name        text   not null,
    address     text,
    phone       varchar(32),
    email       text
);

create table standing_member (
    id           bigserial primary key,
    committee_id bigint not null references front_committee (id) on delete cascade,
    full_name    text   not null,
    position     text   not null,
    phone        varchar(32),
    sort_order   int    not null default 100
);
create index standing_member_committee_idx on standing_member (committee_id);

-- Which member organisations sit on a committee.
create table committee_member_org (
    committee_id      bigint not null references front_committee (id) on delete cascade,
    member_org_id     bigint not null references member_organization (id),
    head_name         text,
    primary key (committee_id, member_org_id)
);

create table residential_area (
    id              bigserial primary key,
    commune_id      bigint  not null references unit (id),
    name            text    not null,
    type            varchar(16) not null,
    households      int     not null check (households >= 0),
    population      int     not null check (population >= 0),
    ethnic_minority boolean not null default false,
    name_folded     text generated always as (fold(name)) stored,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index residential_area_name_uq on residential_area (commune_id, name_folded);
create index residential_area_name_trgm_idx on residential_area using gin (name_folded gin_trgm_ops);

create table work_committee_member (
    id          bigserial primary key,
    area_id     bigint not null references residential_area (id) on delete cascade,
    full_name   text   not null,
    position    text   not null,
    phone       varchar(32),
    sort_order  int    not null default 100
);
create index work_committee_member_area_idx on work_committee_member (area_id);

create table emulation_cluster (
    id            bigserial primary key,
    name          text   not null,
    owner_unit_id bigint references unit (id),
    description   text
);

create table emulation_cluster_member (
    cluster_id bigint not null references emulation_cluster (id) on delete cascade,
    unit_id    bigint not null references unit (id),
    primary key (cluster_id, unit_id)
);
