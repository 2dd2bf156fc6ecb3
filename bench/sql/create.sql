-- POST /api/v1/accounts {"name","type","status","phone","city","industry"} as a sales rep: AccountEditing.create in
-- one transaction (the owner's department, the insert, the Envers revision and audit row), then the row read back
-- as the response (AccountQueries.findReadable). The id is a time-ordered (version 7) UUID, as UuidV7 makes.
-- Left out: the bearer-token and user lookups every API request makes, and the SELECT by id that Spring Data's
-- merge() issues before the insert (see docs/BENCHMARKS.md).
BEGIN;
select u.id, u.name, u.email, u.department_id, d.name as department_name, u.active
from users u left join departments d on d.id = u.department_id
 where u.id = :owner;
insert into accounts (address,annual_demand,annual_revenue,capacity,city,country,created_at,created_by,credit_limit,currency,deleted_at,deleted_by,department_id,description,email,employees,external_id,fax,grade,individual,industry,name,owner_id,parent_account_id,payment_terms_days,phone,postal_code,province,region,search_text,search_tokens,shipping_address,source,status,tags,tax_id,type,updated_at,updated_by,version,website,id)
values (NULL,NULL,NULL,NULL,:city,NULL,now(),:owner,NULL,'CNY',NULL,NULL,:department,NULL,NULL,NULL,NULL,NULL,NULL,false,:industry,:name,:owner,NULL,NULL,:phone,NULL,NULL,NULL,:search_text,:search_tokens,NULL,NULL,'active','{}',NULL,'end_customer',now(),:owner,0,NULL,
(lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid) returning id \gset
insert into revinfo (changed_at,user_id,user_name,rev) values (now(),:owner,:owner_name,nextval('revinfo_seq')) returning rev \gset
insert into accounts_aud (address,annual_demand,annual_revenue,capacity,city,country,credit_limit,currency,deleted_at,department_id,description,email,employees,external_id,fax,grade,individual,industry,name,owner_id,parent_account_id,payment_terms_days,phone,postal_code,province,region,revtype,shipping_address,source,status,tags,tax_id,type,website,id,rev)
values (NULL,NULL,NULL,NULL,:city,NULL,NULL,'CNY',NULL,:department,NULL,NULL,NULL,NULL,NULL,NULL,false,:industry,:name,:owner,NULL,NULL,:phone,NULL,NULL,NULL,0,NULL,NULL,'active','{}',NULL,'end_customer',NULL,:id,:rev);
COMMIT;
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
 where a.id = :id and a.deleted_at is null and true;
