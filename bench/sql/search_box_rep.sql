-- Sales rep (scope OWN: own records and the pool).
-- The search box's suggestions (GET /search?q=<2 characters> with HX-Request: true): AccountQueries.search and
-- ContactQueries.search with limit 5 each, then leads, opportunities and activities (5 each). Names starting with the query first; the token match runs only when
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
-- The other search sources of the box (LeadQueries, OpportunitySearchSource, activities): 5 each, token match.
select l.id, l.version, l.external_id, l.name, l.company, l.title, l.email, l.phone, l.mobile, l.source, l.status,
l.disqualify_reason, l.rating, l.interest, l.budget, l.currency, l.industry, l.region, l.city, l.notes,
l.owner_id, u.name as owner_name, l.department_id, l.converted_at, l.converted_account_id,
l.converted_contact_id, l.converted_opportunity_id, l.created_at, l.updated_at, null as sort_value
 from leads l left join users u on u.id = l.owner_id  where l.deleted_at is null and l.search_tokens @> array[cast(:term as text)] and (l.owner_id is null or l.owner_id = :owner) order by l.updated_at desc limit 5;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or a.owner_id = :owner)
left join users u on u.id = o.owner_id
 where o.deleted_at is null and o.search_tokens @> array[cast(:term as text)] and ((o.owner_id is null or o.owner_id = :owner) or exists (select 1 from opportunity_team tm where tm.opportunity_id = o.id and tm.user_id = :owner)) and true order by o.updated_at desc, o.id desc limit 5;
select a.id, a.version, a.external_id, a.type, a.subject, a.description, a.priority, a.status,
a.account_id, acc.name as account_name, a.contact_id, c.name as contact_name,
a.opportunity_id, o.name as opportunity_name, a.lead_id, l.name as lead_name,
a.planned_start, a.planned_end, a.all_day, a.location, a.actual_start, a.actual_end, a.cost, a.currency,
a.result, a.evaluation, a.follow_up_of, a.series_id, a.reminder_minutes, a.owner_id, u.name as owner_name,
a.department_id, a.created_at, a.updated_at, null as sort_value
 from activities a left join users u on u.id = a.owner_id
 left join accounts acc on acc.id = a.account_id left join contacts c on c.id = a.contact_id
 left join opportunities o on o.id = a.opportunity_id left join leads l on l.id = a.lead_id
 where a.deleted_at is null and a.search_tokens @> array[cast(:term as text)] and ((a.owner_id is null or a.owner_id = :owner) or exists (select 1 from activity_participants p where p.activity_id = a.id and p.user_id = :owner)) order by a.updated_at desc limit 5;
