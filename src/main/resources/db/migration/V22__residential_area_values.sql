-- Residential areas (khu dân cư) as a reporting level. An area's values are stored with the commune it belongs to
-- (unit_id = the commune) and the area's id (area_id; 0 = the unit's own value), so they roll up into the aggregates
-- of the commune, its district and its province by the same delta maintenance as every other value, and a commune's
-- areas are read with one primary-key range scan. No foreign key on area_id: 0 stands for "no area".
alter table rpt_value add column area_id bigint not null default 0;
alter table rpt_value drop constraint rpt_value_pkey;
alter table rpt_value add primary key (indicator_id, period, unit_id, area_id, member_org_id);

-- The campaign results form is also filled in per residential area (by the commune's officers).
update rpt_form set levels = levels || ',area' where code = 'KQ_CVD' and levels not like '%area%';
