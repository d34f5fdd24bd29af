-- Emulation and commendation: scoring criteria per cluster and year, scores per member unit, and commendation
-- decisions (number, date, form) with the awarded collectives and individuals, searchable for history.

create table emulation_criterion (
    id          bigserial primary key,
    cluster_id  bigint      not null references emulation_cluster (id),
    year        int         not null,
    code        varchar(16) not null,
    text        text        not null,
    max_points  int         not null check (max_points > 0),
    position    int         not null,
    unique (cluster_id, year, code)
);

create table emulation_score (
    criterion_id bigint not null references emulation_criterion (id),
    unit_id      bigint not null references unit (id),
    points       int    not null check (points >= 0),
    entered_by   varchar(64) not null,
    primary key (criterion_id, unit_id)
);

create table commendation_decision (
    id              bigserial primary key,
    issuer_unit_id  bigint      not null references unit (id),
    number          int         not null check (number > 0),
    symbol          varchar(40) not null,
    issued_on       date        not null,
    form            varchar(16) not null check (form in ('BANG_KHEN', 'GIAY_KHEN')),
    summary         text        not null,
    created_by      varchar(64) not null,
    unique (issuer_unit_id, symbol, number, issued_on)
);

create table commendation_award (
    id            bigserial primary key,
    decision_id   bigint      not null references commendation_decision (id),
    kind          varchar(12) not null check (kind in ('COLLECTIVE', 'INDIVIDUAL')),
    name          text        not null,
    unit_id       bigint      not null references unit (id),
    reason        text        not null,
    name_folded   text generated always as (fold(name)) stored
);
create index commendation_award_name_trgm_idx on commendation_award using gin (name_folded gin_trgm_ops);
create index commendation_award_decision_idx on commendation_award (decision_id);
