-- The rep's own call on each deal for the forecast (预测类别): pipeline, best case, commit, or omitted
-- (left out of the forecast although still open). Existing deals start as plain pipeline.
alter table opportunities add column forecast_category text not null default 'pipeline'
    check (forecast_category in ('pipeline', 'best_case', 'commit', 'omitted'));
alter table opportunities_aud add column forecast_category text;
-- the forecast: deals of an owner closing in a period
create index opportunities_owner_close on opportunities (owner_id, expected_close_date)
    include (amount, probability, currency, forecast_category, status) where deleted_at is null;
create index opportunities_owner_closed on opportunities (owner_id, close_date)
    include (amount, currency, status) where deleted_at is null and status = 'won';
