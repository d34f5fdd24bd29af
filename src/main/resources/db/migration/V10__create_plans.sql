-- Campaign plans (module plans): the plan with its header, legal bases, sections, items, parties and recipients;
-- deliveries to the recipients' inboxes; progress reported on items by the units that carry them out.

create table plan (
    id               bigserial primary key,
    issuer_unit_id   bigint       not null references unit (id),
    document_type    varchar(8)   not null default 'KH',
    number           integer      check (number > 0),
    number_year      integer      not null,
    symbol           varchar(60)  not null,
    place            varchar(100) not null,
    issued_on        date         not null,
    title            varchar(1000) not null,
    summary          text,
    parent_body      varchar(300),
    issuing_body     varchar(300) not null,
    campaign_year    integer      not null,
    status           varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'ISSUED')),
    version          integer      not null default 1,
    previous_id      bigint references plan (id),
    superseded_by    bigint references plan (id),
    parent_plan_id   bigint references plan (id),
    derive_by        date,
    introduction     text,
    closing          text,
    signer_authority varchar(200),
    signer_position  varchar(200),
    signer_name      varchar(200),
    created_at       timestamptz  not null default now(),
    issued_at        timestamptz,
    title_folded     text generated always as (fold(title)) stored,
    constraint plan_number_unique unique (issuer_unit_id, number_year, number)
);
create index plan_issuer_year on plan (issuer_unit_id, campaign_year);
create index plan_parent on plan (parent_plan_id);
create index plan_title_trgm on plan using gin (title_folded gin_trgm_ops);

create table plan_legal_basis (
    id              bigserial primary key,
    plan_id         bigint not null references plan (id) on delete cascade,
    position        integer not null,
    text            text not null,
    document_number varchar(100),
    document_date   date,
    issuer          varchar(500),
    title           text
);
create index plan_legal_basis_plan on plan_legal_basis (plan_id);

create table plan_section (
    id       bigserial primary key,
    plan_id  bigint not null references plan (id) on delete cascade,
    position integer not null,
    label    varchar(20),
    title    varchar(1000) not null,
    kind     varchar(20) not null default 'OTHER',
    body     text
);
create index plan_section_plan on plan_section (plan_id);

create table plan_item (
    id                bigserial primary key,
    plan_id           bigint not null references plan (id) on delete cascade,
    section_id        bigint not null references plan_section (id) on delete cascade,
    position          integer not null,
    label             varchar(20),
    title             varchar(1000) not null,
    content           text,
    form              text,
    details           text,
    campaign_contents varchar(20) not null default '',
    activity_kind     varchar(30) not null default 'OTHER',
    timeframe_kind    varchar(10),
    timeframe_start   date,
    timeframe_end     date,
    timeframe_text    varchar(500),
    parent_item_id    bigint references plan_item (id)
);
create index plan_item_plan on plan_item (plan_id);
create index plan_item_parent on plan_item (parent_item_id);

-- Who carries out (RESPONSIBLE) or helps (COORDINATING): a level of committees, a member organisation or a unit.
-- item_id is empty for the parties of the organisation section.
create table plan_party (
    id              bigserial primary key,
    plan_id         bigint not null references plan (id) on delete cascade,
    section_id      bigint references plan_section (id) on delete cascade,
    item_id         bigint references plan_item (id) on delete cascade,
    position        integer not null,
    role            varchar(15) not null check (role in ('RESPONSIBLE', 'COORDINATING')),
    kind            varchar(20) not null,
    name            varchar(500) not null,
    member_org_code varchar(20),
    unit_id         bigint references unit (id),
    tasks           text
);
create index plan_party_plan on plan_party (plan_id);

create table plan_recipient (
    id       bigserial primary key,
    plan_id  bigint not null references plan (id) on delete cascade,
    position integer not null,
    name     varchar(500) not null,
    purpose  varchar(5) not null default 'NONE',
    delivery varchar(10) not null default 'NONE' check (delivery in ('NONE', 'UNIT', 'LOWER')),
    unit_id  bigint references unit (id)
);
create index plan_recipient_plan on plan_recipient (plan_id);

create table plan_inbox (
    id           bigserial primary key,
    plan_id      bigint not null references plan (id) on delete cascade,
    unit_id      bigint not null references unit (id),
    purpose      varchar(5) not null default 'NONE',
    delivered_at timestamptz not null default now(),
    read_at      timestamptz,
    constraint plan_inbox_unique unique (plan_id, unit_id)
);
create index plan_inbox_unit on plan_inbox (unit_id);

create table plan_progress (
    id          bigserial primary key,
    item_id     bigint not null references plan_item (id) on delete cascade,
    unit_id     bigint not null references unit (id),
    status      varchar(12) not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    note        text,
    reported_on date not null,
    reported_by varchar(100),
    updated_at  timestamptz not null default now(),
    constraint plan_progress_unique unique (item_id, unit_id)
);
create index plan_progress_unit on plan_progress (unit_id);

create table plan_evidence (
    id          bigserial primary key,
    progress_id bigint not null references plan_progress (id) on delete cascade,
    filename    varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint not null,
    sha256      char(64) not null,
    stored_name varchar(100) not null,
    uploaded_at timestamptz not null default now()
);
create index plan_evidence_progress on plan_evidence (progress_id);
