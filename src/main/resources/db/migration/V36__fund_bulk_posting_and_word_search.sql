-- Cheaper bulk posting and a word index for the public search (figures in docs/benchmarks.md).
--
-- 1. The public search looks up whole words (the last one typed may be a prefix) in a tsvector built by the
--    application from the folded published texts, instead of trigrams of a generated fold() column: a few index keys
--    per entry instead of about forty, and no unaccent call per posted row. fund_search_words() is the SQL twin of the
--    Java tokenizer (SearchWords) for rows written by SQL; it fills the rows already there.
-- 2. The per-row foreign keys left on fund_entry (counterpart fund, payment, reversed entry) are checked once per
--    statement by the existing statement-level trigger, like the other references of the high-volume tables.
-- 3. The statement-level checks read the transition tables once or twice, grouped, instead of joining every new row;
--    fund_line is keyed by (entry, fund, account) instead of a surrogate id.

drop index fund_entry_search_trgm_idx;
alter table fund_entry drop column search_folded;

create function fund_search_words(t text) returns tsvector
    language sql immutable parallel safe strict
as $$ select array_to_tsvector(array_remove(regexp_split_to_array(fold(t), '[^a-z0-9]+'), '')) $$;

alter table fund_entry add column search_words tsvector;
alter table fund_entry disable trigger fund_entry_no_change;
update fund_entry set search_words = fund_search_words(search_text || ' ' || public_description);
alter table fund_entry enable trigger fund_entry_no_change;
create index fund_entry_search_words_idx on fund_entry using gin (search_words);

alter table fund_entry drop constraint fund_entry_counterpart_fund_id_fkey,
    drop constraint fund_entry_payment_id_fkey,
    drop constraint fund_entry_reverses_id_fkey,
    drop constraint fund_entry_reverses_id_key;
create unique index fund_entry_reverses_uq on fund_entry (reverses_id) where reverses_id is not null;

-- A line is known by its entry, fund and account (no entry has two lines of one fund's account): that key replaces the
-- surrogate id and the index on entry_id, one index and one sequence call less per line.
drop index fund_line_entry_idx;
alter table fund_line drop constraint fund_line_pkey;
alter table fund_line drop column id;
alter table fund_line add constraint fund_line_pkey primary key (entry_id, fund_id, account);

-- The checks below read each transition table once or twice, grouped, and look up only the referenced rows (the
-- new entries' ids lie in one range); work_mem is raised for them so that grouping 200,000 rows stays in memory.

-- Entries: known fund, open period, known counterpart fund, payment and reversed entry.
create or replace function fund_entry_check_open_period() returns trigger language plpgsql
    set work_mem = '64MB' as $$
declare
    r record;
    closed date;
    referring boolean := false;
begin
    for r in select fund_id, min(entry_date) as first_date,
                    bool_or(counterpart_fund_id is not null or payment_id is not null or reverses_id is not null) as refers
               from new_entries group by fund_id loop
        select f.closed_through into closed from fund f where f.id = r.fund_id;
        if not found then
            raise exception 'fund entry of an unknown fund';
        end if;
        if closed is not null and r.first_date <= closed then
            raise exception 'fund period closed';
        end if;
        referring := referring or r.refers;
    end loop;
    if referring and exists (select 1 from new_entries e
               where (e.counterpart_fund_id is not null and not exists (select 1 from fund f where f.id = e.counterpart_fund_id))
                  or (e.payment_id is not null and not exists (select 1 from fund_payment p where p.id = e.payment_id))
                  or (e.reverses_id is not null and not exists (select 1 from fund_entry x where x.id = e.reverses_id))) then
        raise exception 'fund entry with an unknown counterpart fund, payment or reversed entry';
    end if;
    return null;
end $$;

-- Lines: known entry and fund; every entry the statement touches still balances (the entries balanced before the
-- statement, so the lines it adds to each entry must sum to zero); the funds' balances follow their asset lines.
create or replace function fund_line_balance() returns trigger language plpgsql
    set work_mem = '64MB' as $$
declare
    r record;
    low bigint;
    high bigint;
begin
    select min(entry_id), max(entry_id) into low, high from new_lines;
    if exists (select 1 from (select entry_id, sum(amount) as total from new_lines group by entry_id) l
               where l.total <> 0) then
        raise exception 'unbalanced fund entry';
    end if;
    if exists (select 1 from (select distinct entry_id from new_lines) l
               where not exists (select 1 from fund_entry e where e.id = l.entry_id and e.id between low and high)) then
        raise exception 'fund line of an unknown entry or fund';
    end if;
    for r in select fund_id, coalesce(sum(amount) filter (where account in ('CASH', 'BANK', 'GOODS')), 0) as change
               from new_lines group by fund_id loop
        update fund set balance = balance + r.change where id = r.fund_id;
        if not found then
            raise exception 'fund line of an unknown entry or fund';
        end if;
    end loop;
    return null;
end $$;

-- Statement lines: known account, import, entry and payment.
create or replace function fund_statement_line_references() returns trigger language plpgsql
    set work_mem = '64MB' as $$
declare
    low bigint;
    high bigint;
    paid boolean;
begin
    select min(entry_id), max(entry_id), bool_or(payment_id is not null) into low, high, paid from new_lines;
    if exists (select 1 from (select distinct bank_account_id, import_id from new_lines) l
               where not exists (select 1 from fund_bank_account a where a.id = l.bank_account_id)
                  or not exists (select 1 from fund_statement_import i where i.id = l.import_id))
       or (low is not null and exists (select 1 from (select distinct entry_id from new_lines where entry_id is not null) l
               where not exists (select 1 from fund_entry e where e.id = l.entry_id and e.id between low and high)))
       or (paid and exists (select 1 from new_lines l
               where l.payment_id is not null and not exists (select 1 from fund_payment p where p.id = l.payment_id))) then
        raise exception 'statement line with an unknown account, import, entry or payment';
    end if;
    return null;
end $$;
