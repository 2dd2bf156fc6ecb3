-- The account timeline shows the leads converted into the account.
create index leads_converted_account on leads (converted_account_id) where converted_account_id is not null;
-- The lead pool lists unowned leads newest first.
create index leads_pool on leads (created_at, id) where owner_id is null and deleted_at is null;
