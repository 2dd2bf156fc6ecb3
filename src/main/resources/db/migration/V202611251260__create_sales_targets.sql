-- Sales plans (销售计划): what a rep, a team or a department should achieve in a month or quarter —
-- revenue won, new customers and completed activities. Any of the three may be left open (null).
create table sales_targets (
    id            uuid           not null primary key,
    subject_type  text           not null check (subject_type in ('user', 'team', 'department')),
    subject_id    uuid           not null,
    granularity   text           not null check (granularity in ('month', 'quarter')),
    period_start  date           not null,
    revenue       numeric(18, 2) check (revenue >= 0),
    currency      text           not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    new_customers int check (new_customers >= 0),
    activities    int check (activities >= 0),
    version       bigint         not null default 0,
    created_at    timestamptz    not null default now(),
    created_by    uuid,
    updated_at    timestamptz    not null default now(),
    updated_by    uuid,
    unique (granularity, period_start, subject_type, subject_id)
);
-- actuals: activities done by an owner in a time range, accounts an owner gained in a time range
create index activities_owner_done on activities (owner_id, actual_end) where deleted_at is null and status = 'done';
create index accounts_owner_created on accounts (owner_id, created_at) where deleted_at is null;
