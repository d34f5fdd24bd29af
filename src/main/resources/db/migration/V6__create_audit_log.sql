-- Append-only: every write of every module lands here; updates and deletes are refused by the database itself.
create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    username    varchar(64) not null,
    entity_type varchar(64) not null,
    entity_id   varchar(64),
    action      varchar(32) not null,
    before_data jsonb,
    after_data  jsonb,
    search_text text generated always as (fold(username || ' ' || entity_type || ' ' || coalesce(entity_id, '') || ' ' || action)) stored
);
create index audit_event_at_idx on audit_event (at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_user_idx on audit_event (username);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
