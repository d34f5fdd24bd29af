create table app_user (
    id                  bigserial primary key,
    username            varchar(64) not null unique,
    full_name           text        not null,
    password_hash       text        not null,
    role                varchar(32) not null,
    scope_unit_id       bigint references unit (id),
    member_org_id       bigint references member_organization (id),
    enabled             boolean     not null default true,
    failed_attempts     int         not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz,
    created_at          timestamptz not null default now(),
    check (role in ('ADMIN', 'STANDING_OFFICER', 'MEMBER_ORG_OFFICER', 'AREA_HEAD', 'FUND_ACCOUNTANT', 'INSPECTOR', 'VIEWER')),
    check (role = 'ADMIN' or scope_unit_id is not null)
);
