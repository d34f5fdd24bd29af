-- Administrative units, one row per version of a unit. Codes are reused across the 2025 reform,
-- so a unit is identified by its id; (catalog, code) is unique within one catalog.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Lower-case, accent-free form of a text; đ/Đ fold to d. Immutable so it can back stored columns and indexes.
create or replace function fold(t text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

create table unit (
    id          bigserial primary key,
    catalog     varchar(8)  not null,
    code        varchar(10) not null,
    name        text        not null,
    level       varchar(12) not null check (level in ('province', 'district', 'commune')),
    type        text        not null,
    parent_id   bigint references unit (id),
    valid_from  date,
    valid_to    date,
    path        text        not null,
    depth       smallint    not null,
    name_folded text generated always as (fold(name)) stored,
    unique (catalog, code),
    check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index unit_code_idx on unit (code);
create index unit_parent_idx on unit (parent_id);
create index unit_level_idx on unit (level, catalog);
create index unit_path_idx on unit (path text_pattern_ops);
create index unit_name_trgm_idx on unit using gin (name_folded gin_trgm_ops);

-- The official old -> new conversion table of 1 July 2025 (commune level).
create table unit_mapping (
    id           bigserial primary key,
    old_code     varchar(10) not null,
    old_name     text        not null,
    old_unit_id  bigint references unit (id),
    new_code     varchar(10) not null,
    new_name     text        not null,
    new_unit_id  bigint references unit (id),
    merge_type   varchar(10) not null check (merge_type in ('full', 'partial', 'unchanged', 'renamed')),
    note         text
);
create index unit_mapping_old_idx on unit_mapping (old_unit_id);
create index unit_mapping_new_idx on unit_mapping (new_unit_id);

-- Successors of every unit of an older catalog, at every level, derived from the mapping
-- (a district's successors are the new communes of its communes; a province's the new provinces).
create table unit_successor (
    unit_id      bigint not null references unit (id),
    successor_id bigint not null references unit (id),
    merge_type   varchar(10) not null,
    primary key (unit_id, successor_id)
);
create index unit_successor_rev_idx on unit_successor (successor_id);
