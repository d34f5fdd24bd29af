-- Implementation records: activities (propaganda, training, study tours, conferences, coordination),
-- community models with their status history and replication, festivals per residential area and year
-- (Great National Unity Day and others), and imported past-year Unity Day counts.

create table activity (
    id                    bigserial primary key,
    unit_id               bigint      not null references unit (id),
    member_org_id         bigint references member_organization (id),
    kind                  varchar(16) not null check (kind in ('PROPAGANDA', 'TRAINING', 'STUDY_TOUR', 'CONFERENCE', 'COORDINATION')),
    title                 text        not null,
    held_on               date        not null,
    plan_item_id          bigint,
    community_model_id    bigint,
    channel               varchar(24),
    language              text,
    sessions              int check (sessions >= 0),
    participants          int         not null default 0 check (participants >= 0),
    minority_participants int         not null default 0 check (minority_participants >= 0 and minority_participants <= participants),
    audience              text,
    level                 varchar(12),
    contents              text,
    trainers              text,
    destination           text,
    inside_province       boolean,
    lessons               text,
    theme                 text,
    notes                 text,
    title_folded          text generated always as (fold(title)) stored,
    created_by            varchar(64) not null,
    created_at            timestamptz not null default now()
);
create index activity_unit_idx on activity (unit_id, held_on);
create index activity_plan_item_idx on activity (plan_item_id);
create index activity_title_trgm_idx on activity using gin (title_folded gin_trgm_ops);

create table activity_attachment (
    id           bigserial primary key,
    activity_id  bigint      not null references activity (id),
    file_name    text        not null,
    content_type varchar(64) not null,
    size_bytes   bigint      not null,
    sha256       char(64)    not null,
    created_at   timestamptz not null default now()
);
create index activity_attachment_activity_idx on activity_attachment (activity_id);

create table community_model (
    id                bigserial primary key,
    unit_id           bigint  not null references unit (id),
    name              text    not null,
    content_no        smallint not null check (content_no between 1 and 5),
    category          text    not null,
    lead_org_id       bigint references member_organization (id),
    started_on        date    not null,
    participants      int     not null default 0 check (participants >= 0),
    beneficiaries     int     not null default 0 check (beneficiaries >= 0),
    money_contributed bigint  not null default 0 check (money_contributed >= 0),
    labour_days       int     not null default 0 check (labour_days >= 0),
    results           text,
    replicates_id     bigint references community_model (id),
    name_folded       text generated always as (fold(name)) stored,
    created_at        timestamptz not null default now()
);
create index community_model_unit_idx on community_model (unit_id);
create index community_model_name_trgm_idx on community_model using gin (name_folded gin_trgm_ops);

create table community_model_area (
    model_id bigint not null references community_model (id) on delete cascade,
    area_id  bigint not null references residential_area (id),
    primary key (model_id, area_id)
);

create table community_model_status (
    id           bigserial primary key,
    model_id     bigint      not null references community_model (id) on delete cascade,
    status       varchar(12) not null check (status in ('NEW', 'MAINTAINED', 'REPLICATED', 'STOPPED')),
    effective_on date        not null,
    note         text
);
create index community_model_status_model_idx on community_model_status (model_id, effective_on);

create table festival_type (
    id         bigserial primary key,
    code       varchar(24) not null unique,
    name       text        not null,
    usual_time text,
    sort_order int         not null default 100,
    active     boolean     not null default true
);
insert into festival_type (code, name, usual_time, sort_order) values
    ('UNITY_DAY', 'Ngày hội Đại đoàn kết toàn dân tộc', 'từ 01 đến 18/11', 10),
    ('BORDER_DEFENCE', 'Ngày hội Biên phòng toàn dân', '03/3', 20),
    ('NATIONAL_SECURITY', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc', '19/8', 30),
    ('BANH_CHUNG', 'Ngày hội Bánh chưng xanh', 'trước Tết Nguyên đán', 40);

create table festival_record (
    id                    bigserial primary key,
    festival_type_id      bigint   not null references festival_type (id),
    area_id               bigint   not null references residential_area (id),
    year                  smallint not null check (year between 2003 and 2100),
    held                  boolean  not null,
    held_on               date,
    attendance            int      not null default 0 check (attendance >= 0),
    leaders_level         varchar(12),
    ceremony_parts        text,
    festivity_parts       text,
    budget_money          bigint   not null default 0 check (budget_money >= 0),
    social_money          bigint   not null default 0 check (social_money >= 0),
    households_commended  int      not null default 0 check (households_commended >= 0),
    individuals_commended int      not null default 0 check (individuals_commended >= 0),
    unique (festival_type_id, area_id, year),
    check (held or (attendance = 0 and held_on is null))
);

-- Counts of past years (2003-2022) imported per commune, for the 20-year Unity Day summary.
create table unity_day_history (
    id         bigserial primary key,
    unit_id    bigint   not null references unit (id),
    year       smallint not null check (year between 2003 and 2100),
    areas      int      not null check (areas >= 0),
    held       int      not null check (held >= 0 and held <= areas),
    attendance int      not null default 0 check (attendance >= 0),
    money      bigint   not null default 0 check (money >= 0),
    unique (unit_id, year)
);
