-- Sales forecast (销售预测): managers' judgement figures that override the computed forecast of a rep,
-- team or department for a period, and weekly snapshots of every rep's forecast so that the
-- accuracy report can compare what was forecast with what was won.

-- Every judgement ever given is kept; the latest per subject and period is the one in force.
create table forecast_overrides (
    id           uuid           not null primary key,
    subject_type text           not null check (subject_type in ('user', 'team', 'department')),
    subject_id   uuid           not null,
    granularity  text           not null check (granularity in ('month', 'quarter')),
    period_start date           not null,
    amount       numeric(18, 2) not null check (amount >= 0),
    currency     text           not null check (currency ~ '^[A-Z]{3}$'),
    note         text check (length(note) <= 1000),
    set_by       uuid           not null references users (id),
    set_at       timestamptz    not null default now()
);
create index forecast_overrides_subject on forecast_overrides (granularity, period_start, subject_type, subject_id, set_at desc);

-- One row per snapshot day, rep, period and currency; taking a snapshot twice a day replaces the first.
create table forecast_snapshots (
    id            bigint generated always as identity primary key,
    snapshot_date date           not null,
    owner_id      uuid           not null references users (id),
    department_id uuid references departments (id),
    granularity   text           not null check (granularity in ('month', 'quarter')),
    period_start  date           not null,
    period_end    date           not null,
    currency      text           not null check (currency ~ '^[A-Z]{3}$'),
    pipeline      numeric(18, 2) not null,
    weighted      numeric(18, 2) not null,
    best_case     numeric(18, 2) not null,
    committed     numeric(18, 2) not null,
    closed_won    numeric(18, 2) not null,
    created_at    timestamptz    not null default now(),
    unique (snapshot_date, owner_id, granularity, period_start, currency)
);
create index forecast_snapshots_period on forecast_snapshots (granularity, period_start, owner_id);
