-- The follow-up history of a recommendation: every change of its status (created, responded, closed, reopened,
-- edited) with who made it, when, and the text given (response, closing note or the reason for reopening).

create table inspection_recommendation_event (
    id                bigserial primary key,
    recommendation_id bigint      not null references inspection_recommendation (id) on delete cascade,
    action            varchar(12) not null check (action in ('CREATED', 'EDITED', 'RESPONDED', 'CLOSED', 'REOPENED')),
    status            varchar(12) not null check (status in ('OPEN', 'IN_PROGRESS', 'CLOSED')),
    note              text,
    actor             varchar(64) not null,
    at                timestamptz not null default now()
);
create index inspection_recommendation_event_idx on inspection_recommendation_event (recommendation_id, at, id);

-- what the existing recommendations already record
insert into inspection_recommendation_event (recommendation_id, action, status, note, actor, at)
select r.id, 'CREATED', 'OPEN', null, i.created_by, least(r.created_at, r.responded_at, r.closed_at)
from inspection_recommendation r join inspection i on i.id = r.inspection_id;

insert into inspection_recommendation_event (recommendation_id, action, status, note, actor, at)
select id, 'RESPONDED', 'IN_PROGRESS', response, responded_by, responded_at
from inspection_recommendation where responded_at is not null and responded_by is not null;

insert into inspection_recommendation_event (recommendation_id, action, status, note, actor, at)
select id, 'CLOSED', 'CLOSED', closing_note, closed_by, closed_at
from inspection_recommendation where closed_at is not null and closed_by is not null;
