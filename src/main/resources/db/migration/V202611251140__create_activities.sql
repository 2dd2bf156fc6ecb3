-- Activities (活动): calls, meetings, to-dos and the rest of the twelve types, planned and done,
-- linked to an account, contact, opportunity or lead. A recurring activity is a series whose
-- occurrences are stored as activities of their own, so each can be moved, done or cancelled alone.

create table activity_series (
    id          uuid        not null primary key,
    frequency   text        not null check (frequency in ('daily', 'weekly', 'monthly')),
    interval_n  int         not null default 1 check (interval_n between 1 and 99),
    until_date  date,
    occurrences int check (occurrences between 1 and 366),
    time_zone   text        not null,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    check (until_date is not null or occurrences is not null)
);

create table activities (
    id              uuid           not null primary key,
    external_id     text,
    type            text           not null check (type in ('todo', 'call_outbound', 'call_inbound', 'meeting',
                        'correspondence', 'fax_outbound', 'presentation', 'demonstration', 'appointment',
                        'milestone', 'event', 'research')),
    subject         text           not null check (length(subject) between 1 and 200),
    description     text check (length(description) <= 10000),
    priority        text           not null default 'normal' check (priority in ('low', 'normal', 'high')),
    status          text           not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled')),
    account_id      uuid references accounts (id),
    contact_id      uuid references contacts (id),
    opportunity_id  uuid references opportunities (id),
    lead_id         uuid references leads (id),
    planned_start   timestamptz,
    planned_end     timestamptz,
    all_day         boolean        not null default false,
    location        text check (length(location) <= 200),
    actual_start    timestamptz,
    actual_end      timestamptz,
    cost            numeric(18, 2) check (cost >= 0),
    currency        text           not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    result          text check (length(result) <= 4000),
    evaluation      text check (evaluation in ('positive', 'neutral', 'negative')),
    follow_up_of    uuid references activities (id),
    series_id       uuid references activity_series (id),
    reminder_minutes int check (reminder_minutes between 0 and 40320),
    owner_id        uuid references users (id),
    department_id   uuid references departments (id),
    search_text     text           not null,
    search_tokens   text[]         not null,
    version         bigint         not null default 0,
    created_at      timestamptz    not null default now(),
    created_by      uuid,
    updated_at      timestamptz    not null default now(),
    updated_by      uuid,
    deleted_at      timestamptz,
    deleted_by      uuid,
    check (planned_end is null or planned_start is not null),
    check (planned_end is null or planned_end >= planned_start),
    check (actual_end is null or actual_start is null or actual_end >= actual_start)
);
create unique index activities_external_id on activities (external_id) where external_id is not null;
-- the calendar: one person's / one department's activities in a time range
create index activities_owner_start on activities (owner_id, planned_start) where deleted_at is null;
create index activities_department_start on activities (department_id, planned_start) where deleted_at is null;
-- lists sorted by when (the plan, or when it was written down for undated to-dos)
create index activities_owner_when on activities (owner_id, (coalesce(planned_start, created_at)), id) where deleted_at is null;
create index activities_department_when on activities (department_id, (coalesce(planned_start, created_at)), id) where deleted_at is null;
-- overdue and pending lists
create index activities_open_end on activities (owner_id, coalesce(planned_end, planned_start))
    where deleted_at is null and status in ('planned', 'in_progress');
create index activities_account on activities (account_id, planned_start) where deleted_at is null;
create index activities_contact on activities (contact_id, planned_start) where deleted_at is null and contact_id is not null;
create index activities_opportunity on activities (opportunity_id, planned_start) where deleted_at is null and opportunity_id is not null;
create index activities_lead on activities (lead_id, planned_start) where deleted_at is null and lead_id is not null;
create index activities_series on activities (series_id) where series_id is not null;
create index activities_live_updated on activities (updated_at, id) where deleted_at is null;
create index activities_search_trgm on activities using gin (search_text gin_trgm_ops);
create index activities_search_tokens on activities using gin (search_tokens);

create table activities_aud (
    id             uuid     not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint,
    external_id    text,
    type           text,
    subject        text,
    description    text,
    priority       text,
    status         text,
    account_id     uuid,
    contact_id     uuid,
    opportunity_id uuid,
    lead_id        uuid,
    planned_start  timestamptz,
    planned_end    timestamptz,
    all_day        boolean,
    location       text,
    actual_start   timestamptz,
    actual_end     timestamptz,
    cost           numeric(18, 2),
    currency       text,
    result         text,
    evaluation     text,
    reminder_minutes int,
    owner_id       uuid,
    department_id  uuid,
    deleted_at     timestamptz,
    primary key (id, rev)
);

-- Who else takes part: colleagues (who then see the activity in their calendar) and the customer's people.
create table activity_participants (
    id          uuid not null primary key,
    activity_id uuid not null references activities (id) on delete cascade,
    user_id     uuid references users (id),
    contact_id  uuid references contacts (id),
    check ((user_id is null) <> (contact_id is null))
);
create unique index activity_participants_user on activity_participants (activity_id, user_id) where user_id is not null;
create unique index activity_participants_contact on activity_participants (activity_id, contact_id) where contact_id is not null;
create index activity_participants_by_user on activity_participants (user_id) where user_id is not null;

-- A user's private calendar feed: only a digest of the secret in the URL is kept; a new secret revokes the old.
create table calendar_feeds (
    user_id     uuid        not null primary key references users (id) on delete cascade,
    secret_hash text        not null unique,
    created_at  timestamptz not null default now()
);
