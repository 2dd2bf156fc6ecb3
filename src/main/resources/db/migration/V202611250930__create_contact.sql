-- Contacts (联系人) and the people network (人际关系网络) between them.

create table contacts (
    id                 uuid        not null primary key,
    external_id        text,
    account_id         uuid references accounts (id),
    name               text        not null check (length(name) between 1 and 100),
    gender             text,
    title              text,
    department_name    text,
    phone              text,
    mobile             text,
    email              text,
    other_email        text,
    wechat             text,
    decision_role      text,
    key_decision_maker boolean     not null default false,
    birthday           date,
    address            text,
    notes              text,
    owner_id           uuid references users (id),
    department_id      uuid references departments (id),
    search_text        text        not null,
    search_tokens      text[]      not null,
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    created_by         uuid,
    updated_at         timestamptz not null default now(),
    updated_by         uuid,
    deleted_at         timestamptz,
    deleted_by         uuid
);
create unique index contacts_external_id on contacts (external_id) where external_id is not null;
create index contacts_account on contacts (account_id, name) where deleted_at is null;
create index contacts_live_updated on contacts (updated_at, id) where deleted_at is null;
create index contacts_live_created on contacts (created_at, id) where deleted_at is null;
create index contacts_live_name on contacts (name, id) where deleted_at is null;
create index contacts_owner on contacts (owner_id, updated_at, id) where deleted_at is null;
create index contacts_department on contacts (department_id, updated_at, id) where deleted_at is null;
create index contacts_deleted on contacts (deleted_at) where deleted_at is not null;
create index contacts_email on contacts (lower(email)) where email is not null;
create index contacts_name_prefix on contacts (lower(name) text_pattern_ops) where deleted_at is null;
create index contacts_search_trgm on contacts using gin (search_text gin_trgm_ops);
create index contacts_search_tokens on contacts using gin (search_tokens);

create table contacts_aud (
    id                 uuid     not null,
    rev                bigint   not null references revinfo (rev),
    revtype            smallint,
    external_id        text,
    account_id         uuid,
    name               text,
    gender             text,
    title              text,
    department_name    text,
    phone              text,
    mobile             text,
    email              text,
    other_email        text,
    wechat             text,
    decision_role      text,
    key_decision_maker boolean,
    birthday           date,
    address            text,
    notes              text,
    owner_id           uuid,
    department_id      uuid,
    deleted_at         timestamptz,
    primary key (id, rev)
);
create index contacts_aud_rev on contacts_aud (rev);

create table contact_relations (
    id              uuid        not null primary key,
    from_contact_id uuid        not null references contacts (id),
    to_contact_id   uuid        not null references contacts (id),
    type            text        not null check (type in ('knows', 'reports_to', 'friend', 'former_colleague', 'relative')),
    closeness       smallint check (closeness between 1 and 5),
    note            text check (length(note) <= 500),
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid,
    check (from_contact_id <> to_contact_id)
);
create unique index contact_relations_pair on contact_relations (from_contact_id, to_contact_id, type);
create index contact_relations_to on contact_relations (to_contact_id);

create table contact_relations_aud (
    id              uuid     not null,
    rev             bigint   not null references revinfo (rev),
    revtype         smallint,
    from_contact_id uuid,
    to_contact_id   uuid,
    type            text,
    closeness       smallint,
    note            text,
    primary key (id, rev)
);
