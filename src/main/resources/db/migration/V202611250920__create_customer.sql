-- Customers (客户): accounts, business relations between accounts, saved list views.
-- search_text/search_tokens are written by the application (see shared.search.SearchKeys):
-- trigrams serve queries of 3+ characters, the token array serves 1-2 character queries
-- (2-character Chinese names, pinyin initials) that trigrams cannot index.

create table accounts (
    id                 uuid          not null primary key,
    external_id        text,
    name               text          not null check (length(name) between 1 and 200),
    individual         boolean       not null default false,
    type               text          not null,
    industry           text,
    grade              text,
    status             text          not null,
    source             text,
    owner_id           uuid references users (id),
    department_id      uuid references departments (id),
    region             text,
    country            text,
    province           text,
    city               text,
    address            text,
    postal_code        text,
    shipping_address   text,
    phone              text,
    fax                text,
    email              text,
    website            text,
    annual_revenue     numeric(18, 2) check (annual_revenue >= 0),
    currency           text          not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    employees          int check (employees >= 0),
    capacity           text,
    annual_demand      text,
    credit_limit       numeric(18, 2) check (credit_limit >= 0),
    payment_terms_days int check (payment_terms_days between 0 and 3650),
    tax_id             text,
    parent_account_id  uuid references accounts (id),
    tags               text[]        not null default '{}',
    description        text,
    search_text        text          not null,
    search_tokens      text[]        not null,
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    created_by         uuid,
    updated_at         timestamptz   not null default now(),
    updated_by         uuid,
    deleted_at         timestamptz,
    deleted_by         uuid,
    check (parent_account_id <> id)
);
create unique index accounts_external_id on accounts (external_id) where external_id is not null;
-- keyset pagination: one index per sortable field, live rows only
create index accounts_live_updated on accounts (updated_at, id) where deleted_at is null;
create index accounts_live_created on accounts (created_at, id) where deleted_at is null;
create index accounts_live_name on accounts (name, id) where deleted_at is null;
create index accounts_live_revenue on accounts ((coalesce(annual_revenue, -1)), id) where deleted_at is null;
-- visibility: own records, department subtree
create index accounts_owner on accounts (owner_id, updated_at, id) where deleted_at is null;
create index accounts_department on accounts (department_id, updated_at, id) where deleted_at is null;
create index accounts_parent on accounts (parent_account_id) where parent_account_id is not null;
create index accounts_deleted on accounts (deleted_at) where deleted_at is not null;
create index accounts_name_prefix on accounts (lower(name) text_pattern_ops) where deleted_at is null;
create index accounts_search_trgm on accounts using gin (search_text gin_trgm_ops);
create index accounts_search_tokens on accounts using gin (search_tokens);

create table accounts_aud (
    id                 uuid    not null,
    rev                bigint  not null references revinfo (rev),
    revtype            smallint,
    external_id        text,
    name               text,
    individual         boolean,
    type               text,
    industry           text,
    grade              text,
    status             text,
    source             text,
    owner_id           uuid,
    department_id      uuid,
    region             text,
    country            text,
    province           text,
    city               text,
    address            text,
    postal_code        text,
    shipping_address   text,
    phone              text,
    fax                text,
    email              text,
    website            text,
    annual_revenue     numeric(18, 2),
    currency           text,
    employees          int,
    capacity           text,
    annual_demand      text,
    credit_limit       numeric(18, 2),
    payment_terms_days int,
    tax_id             text,
    parent_account_id  uuid,
    tags               text[],
    description        text,
    deleted_at         timestamptz,
    primary key (id, rev)
);
create index accounts_aud_rev on accounts_aud (rev);

create table account_relations (
    id              uuid        not null primary key,
    from_account_id uuid        not null references accounts (id),
    to_account_id   uuid        not null references accounts (id),
    type            text        not null check (type in ('partner', 'competitor', 'referral')),
    note            text check (length(note) <= 500),
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid,
    check (from_account_id <> to_account_id)
);
create unique index account_relations_pair on account_relations (from_account_id, to_account_id, type);
create index account_relations_to on account_relations (to_account_id);

create table account_relations_aud (
    id              uuid     not null,
    rev             bigint   not null references revinfo (rev),
    revtype         smallint,
    from_account_id uuid,
    to_account_id   uuid,
    type            text,
    note            text,
    primary key (id, rev)
);

-- Saved list views ("my department's A-grade accounts"): a name and the list's query string.
create table saved_views (
    id         uuid        not null primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    resource   text        not null,
    name       text        not null check (length(name) between 1 and 60),
    query      text        not null check (length(query) <= 2000),
    created_at timestamptz not null default now()
);
create unique index saved_views_name on saved_views (user_id, resource, lower(name));
