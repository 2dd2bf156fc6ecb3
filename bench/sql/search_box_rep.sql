-- Sales rep (scope OWN: own records and the pool).
-- The search box's suggestions (GET /search?q=<2 characters> with HX-Request: true): AccountQueries.search and
-- ContactQueries.search with limit 5 each. Names starting with the query first; the token match runs only when
-- the prefix query found fewer than 5 rows, as in the application. The x.*/count(*) over () wrapper only lets
-- pgbench see how many rows the prefix query returned (\aset); it adds a window over at most 5 rows.
\set found 0
select x.*, count(*) over () as found from (
select a.id, a.version, a.external_id, a.name, a.individual, a.type, a.industry, a.grade, a.status, a.source,
a.owner_id, o.name as owner_name, a.department_id, d.name as department_name, a.region, a.country,
a.province, a.city, a.address, a.postal_code, a.shipping_address, a.phone, a.fax, a.email, a.website,
a.annual_revenue, a.currency, a.employees, a.capacity, a.annual_demand, a.credit_limit,
a.payment_terms_days, a.tax_id, a.parent_account_id, p.name as parent_name, a.tags, a.description,
a.created_at, a.created_by, a.updated_at, a.updated_by, a.deleted_at, null as sort_value
from accounts a
left join users o on o.id = a.owner_id
left join departments d on d.id = a.department_id
left join accounts p on p.id = a.parent_account_id
 where a.deleted_at is null and lower(a.name) like :prefix and (a.owner_id is null or a.owner_id = :owner) order by a.updated_at desc, a.id desc limit :limit
) x \aset
\if :found < 5
select a.id, a.version, a.external_id, a.name, a.individual, a.type, a.industry, a.grade, a.status, a.source,
a.owner_id, o.name as owner_name, a.department_id, d.name as department_name, a.region, a.country,
a.province, a.city, a.address, a.postal_code, a.shipping_address, a.phone, a.fax, a.email, a.website,
a.annual_revenue, a.currency, a.employees, a.capacity, a.annual_demand, a.credit_limit,
a.payment_terms_days, a.tax_id, a.parent_account_id, p.name as parent_name, a.tags, a.description,
a.created_at, a.created_by, a.updated_at, a.updated_by, a.deleted_at, null as sort_value
from accounts a
left join users o on o.id = a.owner_id
left join departments d on d.id = a.department_id
left join accounts p on p.id = a.parent_account_id
 where a.deleted_at is null and a.search_tokens @> array[cast(:term as text)] and (a.owner_id is null or a.owner_id = :owner) order by a.updated_at desc, a.id desc limit :limit;
\endif
\set found 0
select x.*, count(*) over () as found from (
select c.id, c.version, c.external_id, c.account_id, a.name as account_name, c.name, c.gender, c.title,
c.department_name, c.phone, c.mobile, c.email, c.other_email, c.wechat, c.decision_role,
c.key_decision_maker, c.birthday, c.address, c.notes, c.owner_id, o.name as owner_name, c.department_id,
c.created_at, c.created_by, c.updated_at, c.updated_by, c.deleted_at, null as sort_value
from contacts c
left join accounts a on a.id = c.account_id and a.deleted_at is null and (a.owner_id is null or a.owner_id = :owner)
left join users o on o.id = c.owner_id
 where c.deleted_at is null and lower(c.name) like :prefix and (c.owner_id is null or c.owner_id = :owner) and true order by c.updated_at desc, c.id desc limit 5
) x \aset
\if :found < 5
select c.id, c.version, c.external_id, c.account_id, a.name as account_name, c.name, c.gender, c.title,
c.department_name, c.phone, c.mobile, c.email, c.other_email, c.wechat, c.decision_role,
c.key_decision_maker, c.birthday, c.address, c.notes, c.owner_id, o.name as owner_name, c.department_id,
c.created_at, c.created_by, c.updated_at, c.updated_by, c.deleted_at, null as sort_value
from contacts c
left join accounts a on a.id = c.account_id and a.deleted_at is null and (a.owner_id is null or a.owner_id = :owner)
left join users o on o.id = c.owner_id
 where c.deleted_at is null and c.search_tokens @> array[cast(:term as text)] and (c.owner_id is null or c.owner_id = :owner) and true order by c.updated_at desc, c.id desc limit 5;
\endif
