-- Imports (数据导入): the uploaded file, the job with its mapping, counts and cursor, and rejected rows.

create table import_jobs (
    id              uuid        not null primary key,
    entity          text        not null,
    file_name       text        not null,
    file_size       bigint      not null,
    format          text        not null check (format in ('csv', 'xlsx', 'xls', 'vcard')),
    charset         text,
    delimiter       text,
    headers         jsonb       not null,
    sample          jsonb       not null,
    mapping         jsonb,
    -- draft: uploaded, being mapped in the wizard; queued/running: waiting for or held by a worker;
    -- done/failed/cancelled: finished. A dry run goes through the same states with dry_run = true.
    status          text        not null check (status in ('draft', 'queued', 'running', 'done', 'failed', 'cancelled')),
    dry_run         boolean     not null default false,
    cancel_requested boolean    not null default false,
    rows_read       bigint      not null default 0,
    created         bigint      not null default 0,
    updated         bigint      not null default 0,
    skipped         bigint      not null default 0,
    rejected        bigint      not null default 0,
    -- The last source row number whose chunk has been committed: a resumed run starts after it.
    rows_done       bigint      not null default 0,
    rows_total      bigint,
    -- A running job's worker holds it until lease_until; a crashed worker's job is taken over after.
    lease_until     timestamptz,
    lease_owner     text,
    error           text,
    created_by      uuid        not null references users (id),
    created_at      timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    version         bigint      not null default 0
);
create index import_jobs_user on import_jobs (created_by, created_at desc);
create index import_jobs_pending on import_jobs (status, lease_until) where status in ('queued', 'running');

-- The file itself, in 1 MiB parts: every node of a cluster can resume a job, and the file goes when
-- the job is deleted.
create table import_file_parts (
    job_id  uuid    not null references import_jobs (id) on delete cascade,
    part_no integer not null,
    bytes   bytea   not null,
    primary key (job_id, part_no)
);

create table import_rejects (
    job_id   uuid   not null references import_jobs (id) on delete cascade,
    row_no   bigint not null,
    field    text,
    reason   text   not null,
    cells    text[] not null,
    primary key (job_id, row_no)
);

-- Named column mappings a user keeps for files that come again (the monthly export of another system).
create table import_mapping_templates (
    id         uuid        not null primary key,
    entity     text        not null,
    name       text        not null check (length(name) between 1 and 100),
    mapping    jsonb       not null,
    owner_id   uuid        not null references users (id),
    created_at timestamptz not null default now(),
    unique (owner_id, entity, name)
);

-- Duplicate checks of imports match contacts by phone digits; without these the check scans.
create index contacts_phone_digits on contacts ((regexp_replace(phone, '[^0-9]', '', 'g')))
    where phone is not null and deleted_at is null;
create index contacts_mobile_digits on contacts ((regexp_replace(mobile, '[^0-9]', '', 'g')))
    where mobile is not null and deleted_at is null;
