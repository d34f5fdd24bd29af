-- The values of one unit and period are read through the primary key (indicator_id = any(all indicators), period,
-- unit_id, area_id): a few dozen index descents. Dropping the second index halves the index writes of every load.
drop index if exists rpt_value_unit_idx;
