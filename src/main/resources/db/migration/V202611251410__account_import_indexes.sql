-- Duplicate checks of account imports match by e-mail and phone digits; without these the check scans.
-- (external id and lower(name) are served by accounts_external_id and accounts_name_prefix.)
create index accounts_email on accounts (lower(email)) where email is not null and deleted_at is null;
create index accounts_phone_digits on accounts ((regexp_replace(phone, '[^0-9]', '', 'g')))
    where phone is not null and deleted_at is null;
