-- Product catalogue (产品目录): what opportunities, quotes and orders are made of.
create table products (
    id          uuid           not null primary key,
    external_id text,
    code        text           not null check (length(code) between 1 and 60),
    name        text           not null check (length(name) between 1 and 200),
    series      text,
    description text,
    unit        text,
    list_price  numeric(18, 2) not null check (list_price >= 0),
    currency    text           not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    active      boolean        not null default true,
    owner_id    uuid references users (id),
    version     bigint         not null default 0,
    created_at  timestamptz    not null default now(),
    created_by  uuid,
    updated_at  timestamptz    not null default now(),
    updated_by  uuid,
    deleted_at  timestamptz,
    deleted_by  uuid
);
create unique index products_code on products (lower(code)) where deleted_at is null;
create unique index products_external_id on products (external_id) where external_id is not null;
create index products_name on products (name, id) where deleted_at is null;
create index products_search on products using gin ((lower(name || ' ' || code || ' ' || coalesce(series, ''))) gin_trgm_ops);
