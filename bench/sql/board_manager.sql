-- GET /opportunities/board?departmentId=<own department> with HX-Request: true (the board fragment), sales
-- manager: BoardController.addBoard = OpportunityQueries.totalsByStage, then OpportunityQueries.inStage for each
-- of the 9 open stages (40 cards, largest first), then BuyingCommittee.warnings for the cards shown.
-- SalesProcesses (JPA): the default process, its stages and their checklists.
select sp1_0.id,sp1_0.active,sp1_0.code,sp1_0.created_at,sp1_0.created_by,sp1_0.is_default,sp1_0.name_en,sp1_0.name_zh,sp1_0.position,sp1_0.updated_at,sp1_0.updated_by,sp1_0.version from sales_processes sp1_0 where sp1_0.is_default=true;
select ss1_0.id,ss1_0.active,ss1_0.code,ss1_0.created_at,ss1_0.created_by,ss1_0.max_days,ss1_0.name_en,ss1_0.name_zh,ss1_0.outcome,ss1_0.position,ss1_0.probability,ss1_0.process_id,ss1_0.updated_at,ss1_0.updated_by,ss1_0.version from sales_stages ss1_0 where ss1_0.process_id=:process order by ss1_0.position;
select ci1_0.id,ci1_0.position,ci1_0.stage_id,ci1_0.text_en,ci1_0.text_zh from stage_checklist_items ci1_0 where ci1_0.stage_id in ('00000000-0000-7000-8001-000000000001','00000000-0000-7000-8001-000000000002','00000000-0000-7000-8001-000000000003','00000000-0000-7000-8001-000000000004','00000000-0000-7000-8001-000000000005','00000000-0000-7000-8001-000000000006','00000000-0000-7000-8001-000000000007','00000000-0000-7000-8001-000000000008','00000000-0000-7000-8001-000000000009','00000000-0000-7000-8001-000000000010','00000000-0000-7000-8001-000000000011') order by ci1_0.position;
select o.stage_id, o.currency, count(*), coalesce(sum(o.amount), 0), coalesce(sum(o.amount * o.probability / 100.0), 0) from opportunities o where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) group by o.stage_id, o.currency;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage0 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage1 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage2 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage3 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage4 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage5 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage6 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage7 and true order by o.amount desc, o.id limit :limit;
select o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
o.expected_close_date, o.close_date, o.source, o.sales_method, o.win_reason, o.loss_reason, o.lead_id,
o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
o.created_by, o.updated_at, o.deleted_at, null as sort_value
from opportunities o
join sales_stages s on s.id = o.stage_id
join sales_processes p on p.id = o.process_id
left join accounts a on a.id = o.account_id and a.deleted_at is null and (a.owner_id is null or (a.department_id in (:@departments) or a.owner_id = :owner))
left join users u on u.id = o.owner_id
 where o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.process_id = :process and o.status = :status and o.department_id in (:@departments) and o.stage_id = :stage8 and true order by o.amount desc, o.id limit :limit;
-- The application binds the ~360 card ids one by one (in ($1, ..., $360)); pgbench allows at most 255
-- parameters per statement, so here they are one uuid[] parameter (same plan: index lookups).
select opportunity_id, influence, attitude from opportunity_contacts where opportunity_id = any (cast(:cards as uuid[]));
