-- Leads (销售线索): people and companies that may become customers, from web forms, calls, mails,
-- campaigns, walk-ins and referrals; qualified and converted into account + contact + opportunity.
create table leads (
    id                       uuid           not null primary key,
    external_id              text,
    name                     text           not null check (length(name) between 1 and 100),
    company                  text check (length(company) <= 200),
    title                    text check (length(title) <= 100),
    email                    text check (length(email) <= 254),
    phone                    text check (length(phone) <= 40),
    mobile                   text check (length(mobile) <= 40),
    source                   text           not null,
    status                   text           not null check (status in ('new', 'working', 'qualified', 'disqualified')),
    disqualify_reason        text check (length(disqualify_reason) <= 500),
    rating                   text check (rating in ('hot', 'warm', 'cold')),
    interest                 text check (length(interest) <= 2000),
    budget                   numeric(18, 2) check (budget >= 0),
    currency                 text           not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    industry                 text,
    region                   text check (length(region) <= 100),
    city                     text check (length(city) <= 100),
    notes                    text check (length(notes) <= 5000),
    owner_id                 uuid references users (id),
    department_id            uuid references departments (id),
    converted_at             timestamptz,
    converted_account_id     uuid references accounts (id),
    converted_contact_id     uuid references contacts (id),
    converted_opportunity_id uuid references opportunities (id),
    search_text              text           not null,
    search_tokens            text[]         not null,
    version                  bigint         not null default 0,
    created_at               timestamptz    not null default now(),
    created_by               uuid,
    updated_at               timestamptz    not null default now(),
    updated_by               uuid,
    deleted_at               timestamptz,
    deleted_by               uuid,
    check (status <> 'disqualified' or disqualify_reason is not null)
);
create unique index leads_external_id on leads (external_id) where external_id is not null;
create index leads_live_updated on leads (updated_at, id) where deleted_at is null;
create index leads_live_created on leads (created_at, id) where deleted_at is null;
create index leads_live_name on leads (name, id) where deleted_at is null;
create index leads_owner on leads (owner_id, updated_at, id) where deleted_at is null;
create index leads_department on leads (department_id, updated_at, id) where deleted_at is null;
create index leads_email on leads (lower(email)) where email is not null;
create index leads_search_trgm on leads using gin (search_text gin_trgm_ops);
create index leads_search_tokens on leads using gin (search_tokens);

create table leads_aud (
    id                       uuid     not null,
    rev                      bigint   not null references revinfo (rev),
    revtype                  smallint,
    name                     text,
    company                  text,
    title                    text,
    email                    text,
    phone                    text,
    mobile                   text,
    source                   text,
    status                   text,
    disqualify_reason        text,
    rating                   text,
    interest                 text,
    budget                   numeric(18, 2),
    currency                 text,
    industry                 text,
    region                   text,
    city                     text,
    notes                    text,
    owner_id                 uuid,
    department_id            uuid,
    converted_at             timestamptz,
    converted_account_id     uuid,
    converted_contact_id     uuid,
    converted_opportunity_id uuid,
    deleted_at               timestamptz,
    primary key (id, rev)
);

-- Assignment rules: the first matching rule names the owner of a new lead without one —
-- a user, or the members of a team in turn (round robin).
create table lead_assignment_rules (
    id             uuid        not null primary key,
    position       int         not null,
    match_field    text        not null check (match_field in ('any', 'region', 'industry', 'source')),
    match_value    text check (length(match_value) <= 100),
    user_id        uuid references users (id),
    team_id        uuid references teams (id),
    last_assigned  uuid,
    created_at     timestamptz not null default now(),
    check ((user_id is null) <> (team_id is null)),
    check (match_field = 'any' or match_value is not null)
);

-- Public web-to-lead form: submissions per address, for rate limiting.
create table web_lead_submissions (
    id           bigint generated always as identity primary key,
    address      text        not null,
    submitted_at timestamptz not null default now()
);
create index web_lead_submissions_address on web_lead_submissions (address, submitted_at);

-- Secrets the application generates once and all nodes share (e.g. the key that signs form tickets).
create table app_secrets (
    name       text        not null primary key,
    value      bytea       not null,
    created_at timestamptz not null default now()
);
