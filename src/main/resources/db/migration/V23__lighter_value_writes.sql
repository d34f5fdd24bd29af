-- Bulk loads of tens of millions of values: every foreign-key check and every index on rpt_value is paid per row.
--
-- The values of one unit and period are read through the primary key (indicator_id = any(all indicators), period,
-- unit_id, area_id): a few dozen index descents, so the second index goes.
drop index if exists rpt_value_unit_idx;

-- The per-row foreign keys go too: writes through the application resolve the unit and the indicator first, and the
-- bulk loader checks the distinct units and indicators of each load with one query. Units are reference data that are
-- never deleted; an indicator that has values cannot be deleted (trigger below).
alter table rpt_value drop constraint if exists rpt_value_indicator_id_fkey;
alter table rpt_value drop constraint if exists rpt_value_unit_id_fkey;

create function rpt_indicator_keep_values() returns trigger language plpgsql as $$
begin
    if exists (select 1 from rpt_value where indicator_id = old.id) then
        raise exception 'indicator % has values', old.code using errcode = '23503';
    end if;
    return old;
end $$;

create trigger rpt_indicator_keep_values before delete on rpt_indicator
    for each row execute function rpt_indicator_keep_values();
