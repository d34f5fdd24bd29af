-- Indicator reporting: indicators, report forms with sections and validation rules, data values per
-- unit x period (x member organisation), the submission workflow, and aggregates kept up to date in the
-- same transaction as every value write (no batch rebuild).

create table rpt_indicator (
    id               bigserial primary key,
    code             varchar(40) not null unique,
    name_vi          text        not null,
    name_en          text        not null,
    value_type       varchar(8)  not null check (value_type in ('INTEGER', 'DECIMAL', 'PERCENT', 'MONEY', 'YES_NO', 'TEXT')),
    aggregation      varchar(8)  not null check (aggregation in ('SUM', 'AVERAGE', 'LAST', 'NONE')),
    campaign_content smallint check (campaign_content between 1 and 5),
    by_member_org    boolean     not null default false,
    sort_order       int         not null default 100,
    check (value_type <> 'TEXT' or aggregation = 'NONE')
);

create table rpt_form (
    id            bigserial primary key,
    code          varchar(40) not null unique,
    name_vi       text        not null,
    name_en       text        not null,
    period_type   varchar(12) not null check (period_type in ('MONTH', 'QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR')),
    levels        text        not null,
    deadline_day  smallint    not null default 20 check (deadline_day between 1 and 31)
);

create table rpt_form_section (
    id         bigserial primary key,
    form_id    bigint not null references rpt_form (id) on delete cascade,
    title_vi   text   not null,
    title_en   text   not null,
    sort_order int    not null
);

create table rpt_form_item (
    form_id      bigint  not null references rpt_form (id) on delete cascade,
    section_id   bigint  not null references rpt_form_section (id) on delete cascade,
    indicator_id bigint  not null references rpt_indicator (id),
    sort_order   int     not null,
    required     boolean not null default false,
    primary key (form_id, indicator_id)
);

-- left <= right (LE), left >= right (GE) or left = right (EQ) between two indicators of a form.
create table rpt_rule (
    id         bigserial primary key,
    form_id    bigint not null references rpt_form (id) on delete cascade,
    left_id    bigint not null references rpt_indicator (id),
    operator   varchar(2) not null check (operator in ('LE', 'GE', 'EQ')),
    right_id   bigint not null references rpt_indicator (id)
);

-- One value of an indicator for a unit (2023 or 2025 version), a period and a member organisation (0 = none).
-- Numbers are exact (numeric); money is whole dong; yes/no is 1/0.
create table rpt_value (
    indicator_id  bigint      not null references rpt_indicator (id),
    unit_id       bigint      not null references unit (id),
    period        varchar(8)  not null,
    member_org_id bigint      not null default 0,
    num_value     numeric(24, 4),
    text_value    text,
    updated_at    timestamptz not null default now(),
    updated_by    text        not null,
    primary key (indicator_id, period, unit_id, member_org_id)
);
create index rpt_value_unit_idx on rpt_value (unit_id, period);

-- Roll-up of every value entered at a unit or below it: the sum and how many values were summed, per
-- indicator, period, unit (each ancestor on the path, the unit itself included) and member organisation
-- (0 = all). Maintained by delta in the transaction of every write.
create table rpt_aggregate (
    indicator_id  bigint         not null,
    period        varchar(8)     not null,
    unit_id       bigint         not null,
    member_org_id bigint         not null,
    total         numeric(28, 4) not null,
    reported      bigint         not null,
    primary key (indicator_id, period, unit_id, member_org_id)
);

-- Workflow of one form for one unit and period.
create table rpt_submission (
    form_id      bigint      not null references rpt_form (id),
    unit_id      bigint      not null references unit (id),
    period       varchar(8)  not null,
    status       varchar(10) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    comment      text,
    submitted_at timestamptz,
    submitted_by text,
    decided_at   timestamptz,
    decided_by   text,
    primary key (form_id, period, unit_id)
);
create index rpt_submission_unit_idx on rpt_submission (unit_id);
