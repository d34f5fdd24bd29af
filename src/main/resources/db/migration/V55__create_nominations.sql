-- Nominations for commendation: a unit proposes collectives or individuals of its subtree with reasons and
-- supporting data, for the level above to decide on.
create table commendation_nomination (
    id                bigserial primary key,
    nominating_unit_id bigint     not null references unit (id),
    year              int         not null,
    kind              varchar(12) not null check (kind in ('COLLECTIVE', 'INDIVIDUAL')),
    name              text        not null,
    unit_id           bigint      not null references unit (id),
    reason            text        not null,
    supporting_data   text,
    created_by        varchar(64) not null,
    created_at        timestamptz not null default now()
);
create index commendation_nomination_unit_idx on commendation_nomination (nominating_unit_id, year);
