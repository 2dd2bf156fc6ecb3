-- GET /api/v1/accounts?limit=50, administrator (scope ALL): AccountQueries.list, first page, sort -updatedAt.
-- :limit is the page size + 1 (the app fetches one row more to know whether there is a next page).
select a.id, a.version, a.external_id, a.name, a.individual, a.type, a.industry, a.grade, a.status, a.source,
a.owner_id, o.name as owner_name, a.department_id, d.name as department_name, a.region, a.country,
a.province, a.city, a.address, a.postal_code, a.shipping_address, a.phone, a.fax, a.email, a.website,
a.annual_revenue, a.currency, a.employees, a.capacity, a.annual_demand, a.credit_limit,
a.payment_terms_days, a.tax_id, a.parent_account_id, p.name as parent_name, a.tags, a.description,
a.created_at, a.created_by, a.updated_at, a.updated_by, a.deleted_at, a.updated_at as sort_value
from accounts a
left join users o on o.id = a.owner_id
left join departments d on d.id = a.department_id
left join accounts p on p.id = a.parent_account_id
 where a.deleted_at is null and a.owner_id is not null and true order by a.updated_at desc, a.id desc limit :limit;
