-- Files attached to records (an opportunity's proposal, a contract scan, a case screenshot). The
-- content lives in the database so that every node serves every file and one backup holds all;
-- the owning module checks that the user may see the record before it asks for a file.
create table attachments (
    id           uuid        not null primary key,
    record_kind  text        not null check (record_kind ~ '^[a-z_]{1,40}$'),
    record_id    uuid        not null,
    file_name    text        not null check (length(file_name) between 1 and 200),
    content_type text        not null check (length(content_type) <= 120),
    size_bytes   bigint      not null check (size_bytes >= 0),
    sha256       text        not null,
    content      bytea       not null,
    created_at   timestamptz not null default now(),
    created_by   uuid,
    deleted_at   timestamptz,
    deleted_by   uuid
);
create index attachments_record on attachments (record_kind, record_id, created_at) where deleted_at is null;

-- An opportunity team member's role in the deal (presales engineer, technical support, ...) is free text;
-- who ticked a checklist step and when is already in opportunity_checklist.
