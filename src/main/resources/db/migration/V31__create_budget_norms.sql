-- Budget norms under Thông tư 121/2017/TT-BTC, set by each province (the national minimums apply when none is set),
-- and the communes a province classes as difficult.
create table budget_norm (
    province_id          bigint primary key references unit (id),
    commune_minimum      bigint not null check (commune_minimum >= 20000000),
    area_base            bigint not null check (area_base >= 5000000),
    area_threshold       int    not null default 700 check (area_threshold > 0),
    area_step_households int    not null default 200 check (area_step_households > 0),
    area_step_amount     bigint not null default 1000000 check (area_step_amount >= 0),
    difficult_bonus      bigint not null default 1000000 check (difficult_bonus >= 0),
    unity_day_grant      bigint not null default 0 check (unity_day_grant >= 0)
);

create table budget_difficult_commune (
    unit_id bigint primary key references unit (id)
);

-- Kon Tum (2023): 25,000,000 đ for communes and a 5,000,000 đ Great Unity Day grant per residential area, as an
-- example of a province setting norms above the national minimums.
insert into budget_norm (province_id, commune_minimum, area_base, unity_day_grant)
select id, 25000000, 5000000, 5000000 from unit where catalog = '2023' and code = '62';
-- Xã Đắk Pék as an example of a difficult commune.
insert into budget_difficult_commune (unit_id) select id from unit where catalog = '2023' and code = '23353';
