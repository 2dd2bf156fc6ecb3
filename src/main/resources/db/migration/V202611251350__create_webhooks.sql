-- Webhooks: endpoints registered by administrators and the outbox of their deliveries. A delivery row
-- is written in the transaction of the business change that raised the event, so a rollback sends
-- nothing and a commit cannot lose the event; the sender job claims due rows with a lease.
create table webhook_endpoints (
    id          uuid        not null primary key,
    url         text        not null check (length(url) between 8 and 2000),
    description text        check (length(description) <= 500),
    event_types text[]      not null check (cardinality(event_types) > 0),
    -- the signing secret: needed in clear to sign, never shown again after creation or rotation
    secret      text        not null,
    active      boolean     not null default true,
    created_by  uuid        references users (id),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0
);
create index webhook_endpoints_list on webhook_endpoints (created_at desc, id desc);

create table webhook_deliveries (
    id                 uuid        not null primary key,
    endpoint_id        uuid        not null references webhook_endpoints (id) on delete cascade,
    -- the same for every endpoint and every retry of one event: the receiver's de-duplication key
    event_id           uuid        not null,
    event_type         text        not null,
    payload            text        not null,
    status             text        not null default 'pending'
                                   check (status in ('pending', 'sending', 'delivered', 'failed')),
    attempts           int         not null default 0,
    next_attempt_at    timestamptz not null default now(),
    -- while 'sending': a node crashed mid-attempt is detected by the lease running out
    lease_until        timestamptz,
    last_response_code int,
    last_error         text,
    created_at         timestamptz not null default now(),
    delivered_at       timestamptz,
    unique (endpoint_id, event_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_leased on webhook_deliveries (lease_until) where status = 'sending';
create index webhook_deliveries_log on webhook_deliveries (endpoint_id, created_at desc, id desc);
