-- Duplicate checks of lead imports match by phone or mobile digits and by name; without these the check scans.
-- (external id and lower(e-mail) are served by leads_external_id and leads_email.)
create index leads_phone_digits on leads ((regexp_replace(phone, '[^0-9]', '', 'g')))
    where phone is not null and deleted_at is null;
create index leads_mobile_digits on leads ((regexp_replace(mobile, '[^0-9]', '', 'g')))
    where mobile is not null and deleted_at is null;
create index leads_lower_name on leads (lower(name)) where deleted_at is null;
