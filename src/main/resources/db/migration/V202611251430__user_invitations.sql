-- Invitations to set a password (users created by an import never get one from the file).
-- Only the SHA-256 of the token is stored; a token works once and for a limited time.
create table user_invitations (
    id         uuid        not null primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    token_hash text        not null check (length(token_hash) = 64),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create unique index user_invitations_token on user_invitations (token_hash);
create index user_invitations_user on user_invitations (user_id);
