-- Inspection and supervision of lower levels: the plan of an inspection (who inspects which units on which topics,
-- when, with which team), the record of each visit with findings per topic, and the recommendations with their
-- follow-up until the inspecting side closes them.

create table inspection (
    id                 bigserial primary key,
    kind               varchar(12) not null check (kind in ('INSPECTION', 'SUPERVISION')),
    inspector_unit_id  bigint      not null references unit (id),
    title              text        not null,
    topics             text        not null,
    period_from        date        not null,
    period_to          date        not null check (period_to >= period_from),
    team               text        not null,
    title_folded       text generated always as (fold(title)) stored,
    created_by         varchar(64) not null,
    created_at         timestamptz not null default now()
);
create index inspection_inspector_idx on inspection (inspector_unit_id);
create index inspection_title_trgm_idx on inspection using gin (title_folded gin_trgm_ops);

create table inspection_target (
    inspection_id bigint not null references inspection (id),
    unit_id       bigint not null references unit (id),
    primary key (inspection_id, unit_id)
);
create index inspection_target_unit_idx on inspection_target (unit_id);

create table inspection_visit (
    id                 bigserial primary key,
    inspection_id      bigint      not null references inspection (id),
    unit_id            bigint      not null references unit (id),
    visited_on         date        not null,
    documents_reviewed text,
    created_by         varchar(64) not null,
    created_at         timestamptz not null default now()
);
create index inspection_visit_inspection_idx on inspection_visit (inspection_id);

create table inspection_finding (
    id        bigserial primary key,
    visit_id  bigint not null references inspection_visit (id),
    topic     text   not null,
    finding   text   not null
);
create index inspection_finding_visit_idx on inspection_finding (visit_id);

create table inspection_recommendation (
    id              bigserial primary key,
    inspection_id   bigint      not null references inspection (id),
    text            text        not null,
    owner_unit_id   bigint      not null references unit (id),
    deadline        date        not null,
    status          varchar(12) not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'CLOSED')),
    done_reported   boolean     not null default false,
    response        text,
    responded_by    varchar(64),
    responded_at    timestamptz,
    evidence_sha256 varchar(64),
    evidence_kind   varchar(8),
    evidence_name   text,
    closed_by       varchar(64),
    closed_at       timestamptz,
    closing_note    text,
    created_at      timestamptz not null default now()
);
create index inspection_recommendation_inspection_idx on inspection_recommendation (inspection_id);
create index inspection_recommendation_owner_idx on inspection_recommendation (owner_unit_id, status, deadline);
