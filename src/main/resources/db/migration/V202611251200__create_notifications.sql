-- In-app notifications (通知中心) and the mail outbox. A notification stores a message key and its
-- arguments, not text, so each reader sees it in their own language; the dedupe key makes raising
-- the same alarm or reminder twice a no-op.
create table notifications (
    id           uuid        not null primary key,
    recipient_id uuid        not null references users (id),
    kind         text        not null check (kind ~ '^[a-z0-9_.-]{1,60}$'),
    message_key  text        not null check (length(message_key) between 1 and 200),
    message_args jsonb       not null default '[]'::jsonb check (jsonb_typeof(message_args) = 'array'),
    link_path    text check (link_path ~ '^/[A-Za-z0-9]' and length(link_path) <= 500),
    dedupe_key   text check (length(dedupe_key) <= 300),
    created_at   timestamptz not null default now(),
    read_at      timestamptz
);
create unique index notifications_dedupe on notifications (recipient_id, dedupe_key) where dedupe_key is not null;
-- the list, newest first, and the bell's unread count: both by recipient
create index notifications_recipient on notifications (recipient_id, created_at desc, id desc);
create index notifications_unread on notifications (recipient_id) where read_at is null;

-- Mails are written here in the sender's transaction and sent by a Quartz job afterwards, so a mail
-- is never sent for work that rolled back, nor lost when the mail server is down.
create table mail_outbox (
    id              uuid        not null primary key,
    recipient       text        not null check (length(recipient) between 3 and 320 and recipient !~ '[\r\n]'),
    subject         text        not null check (length(subject) between 1 and 300 and subject !~ '[\r\n]'),
    html_body       text        not null,
    status          text        not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'pending';
create index mail_outbox_unsent on mail_outbox (created_at desc, id desc) where status <> 'sent';

create table mail_attachments (
    id           uuid  not null primary key,
    mail_id      uuid  not null references mail_outbox (id) on delete cascade,
    name         text  not null check (length(name) between 1 and 255),
    content_type text  not null check (length(content_type) between 3 and 200),
    content      bytea not null,
    position     int   not null
);
create index mail_attachments_mail on mail_attachments (mail_id, position);
