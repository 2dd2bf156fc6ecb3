-- Reminders and overdue alerts (事务提醒, 报警): which planned time a reminder, and which due time an
-- overdue alert, was last sent for. Rescheduling changes the time, so the activity is reminded again.
alter table activities add column reminded_for timestamptz;
alter table activities add column overdue_alerted_for timestamptz;

-- the reminder round: open activities with a reminder, by start
create index activities_reminder_due on activities (planned_start)
    where reminder_minutes is not null and deleted_at is null and status in ('planned', 'in_progress');
-- the overdue round and the daily list: open activities by the time they are due
create index activities_open_due on activities ((coalesce(planned_end, planned_start)))
    where deleted_at is null and status in ('planned', 'in_progress');
