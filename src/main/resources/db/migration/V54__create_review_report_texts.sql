-- The narrative paragraphs of a unit's yearly review report, as the officer edits them before issuing.
create table review_report_text (
    unit_id    bigint      not null references unit (id),
    year       int         not null,
    section    varchar(32) not null,
    text       text        not null,
    edited_by  varchar(64) not null,
    edited_at  timestamptz not null default now(),
    primary key (unit_id, year, section)
);
