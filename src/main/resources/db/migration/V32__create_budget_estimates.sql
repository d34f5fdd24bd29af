-- State budget of the Front committees (Thông tư 121/2017/TT-BTC): norms per province and year, estimates (dự toán)
-- of a committee by spending line, adjustments of approved estimates, and spending entries against the lines.

-- Norms belong to a province and a year; a year without its own row uses the province's latest earlier row.
alter table budget_norm add column year int;
update budget_norm set year = 2023 where year is null;
alter table budget_norm alter column year set not null;
alter table budget_norm add constraint budget_norm_year_check check (year between 2000 and 2100);
alter table budget_norm drop constraint budget_norm_pkey;
alter table budget_norm add primary key (province_id, year);
alter table budget_norm add column updated_by varchar(64);
alter table budget_norm add column updated_at timestamptz not null default now();

create table budget_estimate (
    id          bigserial primary key,
    unit_id     bigint      not null references unit (id),
    year        int         not null check (year between 2000 and 2100),
    status      varchar(16) not null check (status in ('DRAFT', 'APPROVED')),
    created_by  varchar(64) not null,
    created_at  timestamptz not null default now(),
    approved_by varchar(64),
    approved_at timestamptz,
    unique (unit_id, year),
    check ((status = 'APPROVED') = (approved_by is not null))
);

-- Every estimate has all ten lines (an amount of 0 when nothing is planned).
create table budget_estimate_line (
    estimate_id bigint      not null references budget_estimate (id),
    line        varchar(32) not null check (line in ('PROPAGANDA', 'TRAINING', 'STUDY_TOURS', 'INSPECTION',
        'REVIEW_CONFERENCES', 'COMMENDATION', 'COMMUNE_SUPPORT', 'AREA_SUPPORT', 'UNITY_DAY', 'OTHER')),
    amount      bigint      not null check (amount >= 0),
    primary key (estimate_id, line)
);

-- An approved estimate changes only through an adjustment with its reason (kept forever).
create table budget_adjustment (
    id          bigserial primary key,
    estimate_id bigint      not null,
    line        varchar(32) not null,
    old_amount  bigint      not null,
    new_amount  bigint      not null check (new_amount >= 0),
    reason      text        not null check (length(trim(reason)) > 0),
    adjusted_by varchar(64) not null,
    adjusted_at timestamptz not null default now(),
    foreign key (estimate_id, line) references budget_estimate_line (estimate_id, line)
);
create index budget_adjustment_estimate_idx on budget_adjustment (estimate_id);

create table budget_spending (
    id             bigserial primary key,
    estimate_id    bigint      not null,
    line           varchar(32) not null,
    spent_on       date        not null,
    amount         bigint      not null check (amount > 0),
    voucher_number varchar(32) not null,
    description    text        not null,
    recorded_by    varchar(64) not null,
    recorded_at    timestamptz not null default now(),
    foreign key (estimate_id, line) references budget_estimate_line (estimate_id, line)
);
create index budget_spending_estimate_idx on budget_spending (estimate_id, line);
