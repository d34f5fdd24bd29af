-- The For-the-Poor fund and other funds of Front committees: a double-entry ledger in whole đồng.
-- Entries and their lines are append-only (a mistake is corrected by a reversing entry); every entry balances;
-- a fund's balance is kept equal to the sum of its asset lines; nothing is posted inside a closed period.
-- The high-volume tables (entries, lines, statement lines: 200,000 rows in one statement import) check their
-- references once per statement with set-based triggers instead of per-row foreign keys; funds, entries, imports and
-- bank accounts are never deleted, so a reference once checked stays valid.

create table fund (
    id             bigserial primary key,
    unit_id        bigint      not null references unit (id),
    kind           varchar(16) not null check (kind in ('POOR_FUND', 'APPEAL')),
    name           text        not null,
    description    text,
    opened_on      date        not null,
    closed_through date,
    balance        bigint      not null default 0,
    name_folded    text generated always as (fold(name)) stored,
    created_at     timestamptz not null default now()
);
create unique index fund_poor_per_unit_uq on fund (unit_id) where kind = 'POOR_FUND';
create index fund_unit_idx on fund (unit_id);

create table fund_bank_account (
    id           bigserial primary key,
    fund_id      bigint      not null references fund (id),
    bank_name    text        not null,
    bin          varchar(6)  not null check (bin ~ '^[0-9]{6}$'),
    account_no   varchar(19) not null check (account_no ~ '^[0-9A-Z]{1,19}$'),
    holder_name  text        not null,
    mapping_name varchar(32),
    mapping_json text,
    unique (bin, account_no)
);

-- Periods closed by the fund accountant: the history, newest last; fund.closed_through holds the latest.
create table fund_period_close (
    id             bigserial primary key,
    fund_id        bigint      not null references fund (id),
    closed_through date        not null,
    closed_by      varchar(64) not null,
    closed_at      timestamptz not null default now()
);

-- Payment proposals: proposed by one user, approved by another; only an approved proposal is posted.
create table fund_payment (
    id               bigserial primary key,
    fund_id          bigint      not null references fund (id),
    payment_date     date        not null,
    amount           bigint      not null check (amount > 0),
    purpose          varchar(16) not null,
    channel          varchar(16) not null,
    beneficiary_name text        not null,
    poverty_status   varchar(16) not null,
    area_name        text        not null,
    description      text        not null,
    status           varchar(16) not null default 'PROPOSED',
    proposed_by      varchar(64) not null,
    proposed_at      timestamptz not null default now(),
    decided_by       varchar(64),
    decided_at       timestamptz,
    entry_id         bigint,
    statement_line_id bigint,
    check (decided_by is null or decided_by <> proposed_by)
);
create index fund_payment_fund_idx on fund_payment (fund_id, status);

-- References a donor or an appeal is given for bank transfers (carried in the VietQR additional data).
create table fund_reference (
    code        varchar(25) primary key,
    fund_id     bigint      not null references fund (id),
    donor_name  text,
    anonymous   boolean     not null default false,
    appeal      text,
    created_at  timestamptz not null default now()
);

create table fund_entry (
    id                  bigserial primary key,
    fund_id             bigint      not null,
    kind                varchar(16) not null check (kind in ('RECEIPT', 'PAYMENT', 'TRANSFER', 'REVERSAL')),
    entry_date          date        not null,
    amount              bigint      not null check (amount > 0),
    direction           smallint    not null check (direction in (-1, 1)),
    description         text        not null,
    party_name          text,
    party_public        text        not null,
    donor_kind          varchar(16),
    anonymous           boolean     not null default false,
    channel             varchar(16),
    in_kind_note        text,
    appeal              text,
    purpose             varchar(16),
    poverty_status      varchar(16),
    counterpart_fund_id bigint references fund (id),
    reference_code      varchar(25),
    payment_id          bigint references fund_payment (id),
    reverses_id         bigint unique references fund_entry (id),
    voucher_kind        varchar(2),
    voucher_year        int,
    voucher_no          int,
    public_description  text        not null,
    search_text         text        not null,
    search_folded       text generated always as (fold(search_text)) stored,
    created_by          varchar(64) not null,
    created_at          timestamptz not null default now(),
    unique (fund_id, voucher_kind, voucher_year, voucher_no)
);
create index fund_entry_fund_date_idx on fund_entry (fund_id, entry_date desc, id desc);
create index fund_entry_counterpart_idx on fund_entry (counterpart_fund_id) where counterpart_fund_id is not null;
create index fund_entry_fund_amount_idx on fund_entry (fund_id, amount);
create index fund_entry_search_trgm_idx on fund_entry using gin (search_folded gin_trgm_ops);

-- Lines: debit positive, credit negative. Asset accounts (CASH, BANK, GOODS) make up the fund's balance.
create table fund_line (
    id       bigserial primary key,
    entry_id bigint      not null,
    fund_id  bigint      not null,
    account  varchar(16) not null check (account in ('CASH', 'BANK', 'GOODS', 'DONATIONS', 'SPENDING', 'TRANSFER_IN', 'TRANSFER_OUT')),
    amount   bigint      not null check (amount <> 0)
);
create index fund_line_entry_idx on fund_line (entry_id);
create index fund_line_fund_idx on fund_line (fund_id);

create table fund_voucher_counter (
    fund_id bigint     not null references fund (id),
    kind    varchar(2) not null,
    year    int        not null,
    last_no int        not null,
    primary key (fund_id, kind, year)
);

create table fund_statement_import (
    id              bigserial primary key,
    fund_id         bigint      not null references fund (id),
    bank_account_id bigint      not null references fund_bank_account (id),
    filename        text        not null,
    mapping_name    text        not null,
    read_count      int         not null,
    imported        int         not null,
    duplicates      int         not null,
    rejected_count  int         not null,
    created_by      varchar(64) not null,
    created_at      timestamptz not null default now()
);

create table fund_statement_rejection (
    id        bigserial primary key,
    import_id bigint not null references fund_statement_import (id),
    line_no   int    not null,
    raw_text  text   not null,
    reason    text   not null
);
create index fund_statement_rejection_import_idx on fund_statement_rejection (import_id);

create table fund_statement_line (
    id              bigserial primary key,
    bank_account_id bigint      not null,
    import_id       bigint      not null,
    fingerprint     varchar(64) not null,
    line_no         int         not null,
    tx_date         date        not null,
    amount          bigint      not null check (amount <> 0),
    description     text        not null,
    reference       text,
    balance         bigint,
    match_status    varchar(16) not null,
    entry_id        bigint,
    payment_id      bigint,
    unique (bank_account_id, fingerprint)
);
create index fund_statement_line_status_idx on fund_statement_line (bank_account_id, match_status);

-- The ledger is append-only.
create function fund_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the fund ledger is append-only: post a reversing entry instead';
end $$;
create trigger fund_entry_no_change before update or delete on fund_entry
    for each row execute function fund_ledger_is_append_only();
create trigger fund_entry_no_truncate before truncate on fund_entry
    for each statement execute function fund_ledger_is_append_only();
create trigger fund_line_no_change before update or delete on fund_line
    for each row execute function fund_ledger_is_append_only();
create trigger fund_line_no_truncate before truncate on fund_line
    for each statement execute function fund_ledger_is_append_only();
create trigger fund_no_delete before delete on fund
    for each row execute function fund_ledger_is_append_only();
create trigger fund_bank_account_no_delete before delete on fund_bank_account
    for each row execute function fund_ledger_is_append_only();
create trigger fund_statement_import_no_delete before delete on fund_statement_import
    for each row execute function fund_ledger_is_append_only();

-- Nothing is posted on or before a fund's closing date.
create function fund_entry_check_open_period() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_entries e left join fund f on f.id = e.fund_id where f.id is null) then
        raise exception 'fund entry of an unknown fund';
    end if;
    if exists (select 1 from new_entries e join fund f on f.id = e.fund_id
               where f.closed_through is not null and e.entry_date <= f.closed_through) then
        raise exception 'fund period closed';
    end if;
    return null;
end $$;
create trigger fund_entry_open_period after insert on fund_entry
    referencing new table as new_entries for each statement execute function fund_entry_check_open_period();

-- The lines of an entry are inserted in one statement and must balance; the fund balance follows its asset lines.
create function fund_line_balance() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_lines l left join fund_entry e on e.id = l.entry_id left join fund f on f.id = l.fund_id
               where e.id is null or f.id is null) then
        raise exception 'fund line of an unknown entry or fund';
    end if;
    if exists (select 1 from fund_line l where l.entry_id in (select distinct entry_id from new_lines)
               group by l.entry_id having sum(l.amount) <> 0) then
        raise exception 'unbalanced fund entry';
    end if;
    update fund f set balance = f.balance + s.total
      from (select fund_id, sum(amount) as total from new_lines
            where account in ('CASH', 'BANK', 'GOODS') group by fund_id) s
     where f.id = s.fund_id;
    return null;
end $$;
create trigger fund_line_balanced after insert on fund_line
    referencing new table as new_lines for each statement execute function fund_line_balance();

-- Statement lines refer to their account, import, entry and payment.
create function fund_statement_line_references() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_lines l
                 left join fund_bank_account a on a.id = l.bank_account_id
                 left join fund_statement_import i on i.id = l.import_id
                 left join fund_entry e on e.id = l.entry_id
                 left join fund_payment p on p.id = l.payment_id
                where a.id is null or i.id is null or (l.entry_id is not null and e.id is null)
                   or (l.payment_id is not null and p.id is null)) then
        raise exception 'statement line with an unknown account, import, entry or payment';
    end if;
    return null;
end $$;
create trigger fund_statement_line_inserted after insert on fund_statement_line
    referencing new table as new_lines for each statement execute function fund_statement_line_references();
create trigger fund_statement_line_updated after update on fund_statement_line
    referencing new table as new_lines for each statement execute function fund_statement_line_references();
