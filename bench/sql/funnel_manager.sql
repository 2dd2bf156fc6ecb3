-- GET /api/v1/reports/funnel?departmentId=<own department>, sales manager (scope DEPARTMENTS), no period (as
-- the funnel page opens): FunnelReport.run in one read-only transaction = reached, averageDays, lostFrom,
-- openByStage, outcomes (two queries).
-- SalesProcesses (JPA): the default process, its stages and their checklists.
select sp1_0.id,sp1_0.active,sp1_0.code,sp1_0.created_at,sp1_0.created_by,sp1_0.is_default,sp1_0.name_en,sp1_0.name_zh,sp1_0.position,sp1_0.updated_at,sp1_0.updated_by,sp1_0.version from sales_processes sp1_0 where sp1_0.is_default=true;
select ss1_0.id,ss1_0.active,ss1_0.code,ss1_0.created_at,ss1_0.created_by,ss1_0.max_days,ss1_0.name_en,ss1_0.name_zh,ss1_0.outcome,ss1_0.position,ss1_0.probability,ss1_0.process_id,ss1_0.updated_at,ss1_0.updated_by,ss1_0.version from sales_stages ss1_0 where ss1_0.process_id=:process order by ss1_0.position;
select ci1_0.id,ci1_0.position,ci1_0.stage_id,ci1_0.text_en,ci1_0.text_zh from stage_checklist_items ci1_0 where ci1_0.stage_id in ('00000000-0000-7000-8001-000000000001','00000000-0000-7000-8001-000000000002','00000000-0000-7000-8001-000000000003','00000000-0000-7000-8001-000000000004','00000000-0000-7000-8001-000000000005','00000000-0000-7000-8001-000000000006','00000000-0000-7000-8001-000000000007','00000000-0000-7000-8001-000000000008','00000000-0000-7000-8001-000000000009','00000000-0000-7000-8001-000000000010','00000000-0000-7000-8001-000000000011') order by ci1_0.position;
begin read only;
with entered as (
    select h.opportunity_id, h.to_stage_id, min(h.changed_at) as entered_at
    from opportunity_stage_changes h join opportunities o on o.id = h.opportunity_id
    where o.process_id = :process and o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.department_id in (:@departments)
    group by h.opportunity_id, h.to_stage_id
), positions as (select id, position, outcome from sales_stages where process_id = :process)
select e.to_stage_id, count(*),
       count(*) filter (where exists (
           select 1 from opportunity_stage_changes later join positions lp on lp.id = later.to_stage_id
           where later.opportunity_id = e.opportunity_id and later.changed_at > e.entered_at
             and (lp.outcome = 'won' or (lp.outcome = 'open' and lp.position > p.position))))
from entered e join positions p on p.id = e.to_stage_id
group by e.to_stage_id;
with moves as (
    select h.opportunity_id, h.to_stage_id, h.changed_at,
           lead(h.changed_at) over (partition by h.opportunity_id order by h.changed_at, h.id) as left_at
    from opportunity_stage_changes h join opportunities o on o.id = h.opportunity_id
    where o.process_id = :process and o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.department_id in (:@departments)
)
select to_stage_id, avg(extract(epoch from (left_at - changed_at)) / 86400.0)
from moves where left_at is not null group by to_stage_id;
select h.from_stage_id, count(distinct h.opportunity_id)
from opportunity_stage_changes h join opportunities o on o.id = h.opportunity_id
join sales_stages t on t.id = h.to_stage_id and t.outcome = 'lost'
where o.process_id = :process and h.from_stage_id is not null and o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.department_id in (:@departments)
group by h.from_stage_id;
select o.stage_id, o.currency, count(*), coalesce(sum(o.amount), 0),
       coalesce(sum(o.amount * o.probability / 100.0), 0)
from opportunities o where o.process_id = :process and o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.department_id in (:@departments) and o.status = 'open' group by o.stage_id, o.currency;
select count(*) filter (where o.status = 'won'), count(*) filter (where o.status = 'lost'),
       avg(o.close_date - (o.created_at at time zone 'UTC')::date) filter (where o.status = 'won')
from opportunities o where o.process_id = :process and o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.department_id in (:@departments) and o.status in ('won', 'lost');
select o.currency, sum(o.amount) from opportunities o
where o.process_id = :process and o.status = 'won' and o.deleted_at is null and (o.department_id in (:@departments) or o.owner_id = :owner) and o.department_id in (:@departments) and o.status in ('won', 'lost') group by o.currency order by o.currency;
commit;
