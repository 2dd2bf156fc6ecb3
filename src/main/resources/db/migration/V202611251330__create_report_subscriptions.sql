-- Scheduled sales reports (日报 / 周报 / 月报).
-- A row exists only where a user chose differently from the default (managers and VPs: weekly and
-- monthly at 08:00, daily off; everyone else: nothing), so new users need no rows.
create table report_subscriptions (
    user_id    uuid        not null references users (id),
    frequency  text        not null check (frequency in ('day', 'week', 'month')),
    enabled    boolean     not null,
    send_hour  int         not null check (send_hour between 0 and 23),
    updated_at timestamptz not null default now(),
    primary key (user_id, frequency)
);

-- One report per user, frequency and period, ever: the job inserts here in the transaction that
-- queues the mail, so a second run (or a second node) finds the row and sends nothing.
create table report_deliveries (
    user_id      uuid        not null references users (id),
    frequency    text        not null check (frequency in ('day', 'week', 'month')),
    period_start date        not null,
    mail_id      uuid,
    created_at   timestamptz not null default now(),
    primary key (user_id, frequency, period_start)
);
