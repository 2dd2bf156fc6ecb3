-- Platform tables: extensions, HTTP sessions (Spring Session JDBC), the module event publication
-- registry (Spring Modulith), the change-history revision table (Envers), idempotency keys and the
-- append-only security log.

create extension if not exists pg_trgm;

create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(320),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- One row per committed change set; the *_aud tables of audited records point here.
create sequence revinfo_seq increment by 50;
create table revinfo (
    rev        bigint      not null primary key,
    changed_at timestamptz not null,
    user_id    uuid,
    user_name  text
);

-- A POST with an Idempotency-Key answers a retry with the first response instead of acting twice.
create table idempotency_keys (
    user_id      uuid        not null,
    key          text        not null,
    request_hash text        not null,
    status_code  int,
    location     text,
    content_type text,
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (user_id, key)
);
create index idempotency_keys_created on idempotency_keys (created_at);

-- Security log: logins, failures, permission and role changes, exports. Append-only: the
-- triggers below refuse updates and deletes, whatever the application does.
create table security_log (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor_id    uuid,
    actor_email text,
    action      text        not null,
    target_type text,
    target_id   text,
    address     text,
    detail      text
);
create index security_log_occurred on security_log (occurred_at desc);
create index security_log_target on security_log (target_type, target_id);

create function refuse_change_to_append_only_table() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege';
end;
$$;
create trigger security_log_append_only before update or delete on security_log
    for each row execute function refuse_change_to_append_only_table();
