-- Management pages of the funds: bank accounts can be deactivated (never deleted: statements refer to them), each fund
-- keeps its own named statement mappings, and a person settling the unmatched queue leaves a note and their name.

alter table fund_bank_account add column active boolean not null default true;

create table fund_statement_mapping (
    id           bigserial primary key,
    fund_id      bigint      not null references fund (id),
    name         varchar(32) not null,
    mapping_json text        not null,
    updated_by   varchar(64) not null,
    updated_at   timestamptz not null default now(),
    unique (fund_id, name)
);

alter table fund_statement_line
    add column note        text,
    add column resolved_by varchar(64),
    add column resolved_at timestamptz;
