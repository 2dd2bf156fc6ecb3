-- Identity: departments (a tree), users with roles, teams, API tokens, login history and throttling,
-- remember-me tokens.

create table departments (
    id         uuid        not null primary key,
    name       text        not null check (length(name) between 1 and 100),
    parent_id  uuid references departments (id),
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    created_by uuid,
    updated_at timestamptz not null default now(),
    updated_by uuid
);
create index departments_parent on departments (parent_id);
create unique index departments_sibling_name on departments (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));

create table users (
    id            uuid        not null primary key,
    email         text        not null check (length(email) between 3 and 254),
    name          text        not null check (length(name) between 1 and 100),
    password_hash text        not null,
    language      text        not null default 'zh-CN' check (language in ('zh-CN', 'en')),
    time_zone     text        not null default 'Asia/Shanghai',
    active        boolean     not null default true,
    department_id uuid references departments (id),
    manager_id    uuid references users (id),
    phone         text,
    title         text,
    last_login_at timestamptz,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid
);
create unique index users_email on users (lower(email));
create index users_department on users (department_id);
create index users_name on users (name);

create table user_roles (
    user_id uuid not null references users (id) on delete cascade,
    role    text not null check (role in ('admin', 'sales_vp', 'sales_manager', 'sales_rep', 'service_agent', 'marketer')),
    primary key (user_id, role)
);

create table teams (
    id            uuid        not null primary key,
    name          text        not null check (length(name) between 1 and 100),
    department_id uuid references departments (id),
    leader_id     uuid references users (id),
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid
);
create unique index teams_name on teams (lower(name));

create table team_members (
    team_id uuid not null references teams (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    primary key (team_id, user_id)
);
create index team_members_user on team_members (user_id);

-- Bearer tokens: short-lived ones from POST /api/v1/auth/token and long-lived personal ones.
-- Only a SHA-256 digest is stored; the token itself is shown once.
create table api_tokens (
    id           uuid        not null primary key,
    user_id      uuid        not null references users (id) on delete cascade,
    token_hash   bytea       not null unique,
    kind         text        not null check (kind in ('session', 'personal')),
    name         text,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (user_id);

-- Login history; also the source of the throttling counts per account and per address.
create table login_events (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    email       text        not null,
    user_id     uuid,
    address     text,
    user_agent  text,
    channel     text        not null check (channel in ('form', 'api', 'remember_me')),
    outcome     text        not null check (outcome in ('success', 'bad_credentials', 'disabled', 'throttled'))
);
create index login_events_email on login_events (lower(email), occurred_at desc);
create index login_events_address on login_events (address, occurred_at desc);
create index login_events_user on login_events (user_id, occurred_at desc);

create table persistent_logins (
    username  varchar(320) not null,
    series    varchar(64)  not null primary key,
    token     varchar(64)  not null,
    last_used timestamp    not null
);
create index persistent_logins_username on persistent_logins (username);
create trigger login_events_append_only before update or delete on login_events
    for each row execute function refuse_change_to_append_only_table();
