-- Sales force automation (销售自动化): sales processes and their stages, competitors, opportunities
-- (销售机会) with their product lines, buying committee (CUTE influence roles), competitors with SWOT,
-- team, stage checklist ticks, and the stage history every funnel and time-in-stage figure comes from.

create table sales_processes (
    id         uuid        not null primary key,
    code       text        not null unique check (code ~ '^[a-z0-9_]{1,40}$'),
    name_en    text        not null check (length(name_en) between 1 and 100),
    name_zh    text        not null check (length(name_zh) between 1 and 100),
    is_default boolean     not null default false,
    active     boolean     not null default true,
    position   int         not null default 0,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    created_by uuid,
    updated_at timestamptz not null default now(),
    updated_by uuid
);
create unique index sales_processes_one_default on sales_processes (is_default) where is_default;

create table sales_stages (
    id          uuid        not null primary key,
    process_id  uuid        not null references sales_processes (id),
    code        text        not null check (code ~ '^[a-z0-9_]{1,40}$'),
    name_en     text        not null check (length(name_en) between 1 and 100),
    name_zh     text        not null check (length(name_zh) between 1 and 100),
    probability int         not null check (probability between 0 and 100),
    position    int         not null,
    max_days    int check (max_days between 1 and 3650),
    outcome     text        not null check (outcome in ('open', 'won', 'lost')),
    active      boolean     not null default true,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid,
    unique (process_id, code)
);
create index sales_stages_process on sales_stages (process_id, position);

-- What a rep should have done in a stage ("meet the economic buyer", "send the proposal").
create table stage_checklist_items (
    id         uuid        not null primary key,
    stage_id   uuid        not null references sales_stages (id) on delete cascade,
    text_en    text        not null check (length(text_en) between 1 and 200),
    text_zh    text        not null check (length(text_zh) between 1 and 200),
    position   int         not null,
    created_at timestamptz not null default now()
);
create index stage_checklist_items_stage on stage_checklist_items (stage_id, position);

create table competitors (
    id         uuid        not null primary key,
    name       text        not null check (length(name) between 1 and 200),
    website    text,
    notes      text,
    active     boolean     not null default true,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    created_by uuid,
    updated_at timestamptz not null default now(),
    updated_by uuid
);
create unique index competitors_name on competitors (lower(name));

create table opportunities (
    id                  uuid           not null primary key,
    external_id         text,
    name                text           not null check (length(name) between 1 and 200),
    description         text,
    account_id          uuid           not null references accounts (id),
    process_id          uuid           not null references sales_processes (id),
    stage_id            uuid           not null references sales_stages (id),
    status              text           not null check (status in ('open', 'won', 'lost')),
    amount              numeric(18, 2) not null default 0 check (amount >= 0),
    currency            text           not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    amount_from_lines   boolean        not null default false,
    probability         int            not null check (probability between 0 and 100),
    expected_close_date date,
    close_date          date,
    source              text,
    sales_method        text,
    win_reason          text,
    loss_reason         text,
    lead_id             uuid,
    stage_entered_at    timestamptz    not null,
    last_activity_at    timestamptz,
    owner_id            uuid references users (id),
    department_id       uuid references departments (id),
    search_text         text           not null,
    search_tokens       text[]         not null,
    version             bigint         not null default 0,
    created_at          timestamptz    not null default now(),
    created_by          uuid,
    updated_at          timestamptz    not null default now(),
    updated_by          uuid,
    deleted_at          timestamptz,
    deleted_by          uuid,
    check (status <> 'lost' or loss_reason is not null)
);
create unique index opportunities_external_id on opportunities (external_id) where external_id is not null;
create index opportunities_account on opportunities (account_id) where deleted_at is null;
create index opportunities_live_updated on opportunities (updated_at, id) where deleted_at is null;
create index opportunities_live_created on opportunities (created_at, id) where deleted_at is null;
create index opportunities_live_name on opportunities (name, id) where deleted_at is null;
create index opportunities_live_amount on opportunities (amount, id) where deleted_at is null;
create index opportunities_live_close on opportunities ((coalesce(expected_close_date, date '9999-12-31')), id) where deleted_at is null;
-- the board and the funnel: open deals of a department / an owner, by stage
create index opportunities_department_stage on opportunities (department_id, status, stage_id) include (amount, probability) where deleted_at is null;
create index opportunities_owner_stage on opportunities (owner_id, status, stage_id) include (amount, probability) where deleted_at is null;
create index opportunities_search_trgm on opportunities using gin (search_text gin_trgm_ops);
create index opportunities_search_tokens on opportunities using gin (search_tokens);

create table opportunities_aud (
    id                  uuid     not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    external_id         text,
    name                text,
    description         text,
    account_id          uuid,
    process_id          uuid,
    stage_id            uuid,
    status              text,
    amount              numeric(18, 2),
    currency            text,
    amount_from_lines   boolean,
    probability         int,
    expected_close_date date,
    close_date          date,
    source              text,
    sales_method        text,
    win_reason          text,
    loss_reason         text,
    owner_id            uuid,
    department_id       uuid,
    deleted_at          timestamptz,
    primary key (id, rev)
);

-- Every stage change, forwards or backwards: conversion, time in stage and where deals are lost.
create table opportunity_stage_changes (
    id             bigint generated always as identity primary key,
    opportunity_id uuid        not null references opportunities (id),
    from_stage_id  uuid references sales_stages (id),
    to_stage_id    uuid        not null references sales_stages (id),
    changed_at     timestamptz not null,
    changed_by     uuid,
    amount         numeric(18, 2),
    owner_id       uuid,
    department_id  uuid
);
create index opportunity_stage_changes_opportunity on opportunity_stage_changes (opportunity_id, changed_at);
create index opportunity_stage_changes_to on opportunity_stage_changes (to_stage_id, changed_at);
create index opportunity_stage_changes_department on opportunity_stage_changes (department_id, changed_at);

create table opportunity_lines (
    id               uuid           not null primary key,
    opportunity_id   uuid           not null references opportunities (id) on delete cascade,
    product_id       uuid references products (id),
    product_name     text           not null check (length(product_name) between 1 and 200),
    quantity         numeric(18, 3) not null check (quantity > 0),
    unit_price       numeric(18, 2) not null check (unit_price >= 0),
    discount_percent numeric(5, 2)  not null default 0 check (discount_percent between 0 and 100),
    position         int            not null
);
create index opportunity_lines_opportunity on opportunity_lines (opportunity_id, position);
create index opportunity_lines_product on opportunity_lines (product_id);

-- The buying committee: CUTE influence roles (coach, user, technical buyer, economic buyer) and
-- each person's attitude toward this deal.
create table opportunity_contacts (
    id             uuid        not null primary key,
    opportunity_id uuid        not null references opportunities (id) on delete cascade,
    contact_id     uuid        not null references contacts (id),
    influence      text        not null check (influence in ('coach', 'user', 'technical', 'economic')),
    attitude       text        not null check (attitude in ('supporter', 'neutral', 'opponent')),
    note           text check (length(note) <= 500),
    created_at     timestamptz not null default now(),
    unique (opportunity_id, contact_id)
);

-- Competitors in a deal with a SWOT across brand, quality, service, relationship and functions:
-- each dimension scored from -2 (they are much stronger) to +2 (we are much stronger).
create table opportunity_competitors (
    id                 uuid        not null primary key,
    opportunity_id     uuid        not null references opportunities (id) on delete cascade,
    competitor_id      uuid        not null references competitors (id),
    strengths          text check (length(strengths) <= 2000),
    weaknesses         text check (length(weaknesses) <= 2000),
    opportunities      text check (length(opportunities) <= 2000),
    threats            text check (length(threats) <= 2000),
    brand_score        smallint check (brand_score between -2 and 2),
    quality_score      smallint check (quality_score between -2 and 2),
    service_score      smallint check (service_score between -2 and 2),
    relationship_score smallint check (relationship_score between -2 and 2),
    functions_score    smallint check (functions_score between -2 and 2),
    created_at         timestamptz not null default now(),
    unique (opportunity_id, competitor_id)
);
create index opportunity_competitors_competitor on opportunity_competitors (competitor_id);

create table opportunity_team (
    opportunity_id uuid not null references opportunities (id) on delete cascade,
    user_id        uuid not null references users (id),
    role           text check (length(role) <= 60),
    primary key (opportunity_id, user_id)
);

create table opportunity_checklist (
    opportunity_id uuid        not null references opportunities (id) on delete cascade,
    item_id        uuid        not null references stage_checklist_items (id) on delete cascade,
    done_at        timestamptz not null default now(),
    done_by        uuid,
    primary key (opportunity_id, item_id)
);

-- The default sales process of the sources (5% … 100%, plus lost) and a short repeat-order process.
insert into sales_processes (id, code, name_en, name_zh, is_default, position) values
    ('00000000-0000-7000-8000-000000000001', 'project', 'Project sale', '项目型销售', true, 0),
    ('00000000-0000-7000-8000-000000000002', 'repeat_order', 'Repeat order', '重复订单', false, 1);

insert into sales_stages (id, process_id, code, name_en, name_zh, probability, position, max_days, outcome) values
    ('00000000-0000-7000-8001-000000000001', '00000000-0000-7000-8000-000000000001', 'initial_contact', 'Initial contact', '初次接触', 5, 1, 14, 'open'),
    ('00000000-0000-7000-8001-000000000002', '00000000-0000-7000-8000-000000000001', 'interest', 'Shows interest', '表示兴趣', 15, 2, 21, 'open'),
    ('00000000-0000-7000-8001-000000000003', '00000000-0000-7000-8000-000000000001', 'decision_maker', 'Meets decision maker', '会见项目决策者', 30, 3, 21, 'open'),
    ('00000000-0000-7000-8001-000000000004', '00000000-0000-7000-8000-000000000001', 'needs', 'Needs identified', '导出需求', 40, 4, 30, 'open'),
    ('00000000-0000-7000-8001-000000000005', '00000000-0000-7000-8000-000000000001', 'solution', 'Solution submitted', '提交解决方案', 50, 5, 30, 'open'),
    ('00000000-0000-7000-8001-000000000006', '00000000-0000-7000-8000-000000000001', 'demonstration', 'Demonstration', '演示', 60, 6, 21, 'open'),
    ('00000000-0000-7000-8001-000000000007', '00000000-0000-7000-8000-000000000001', 'evaluation', 'Evaluation and revision', '评价、修改方案', 70, 7, 30, 'open'),
    ('00000000-0000-7000-8001-000000000008', '00000000-0000-7000-8000-000000000001', 'verbal_agreement', 'Verbal agreement', '客户口头答应', 80, 8, 14, 'open'),
    ('00000000-0000-7000-8001-000000000009', '00000000-0000-7000-8000-000000000001', 'negotiation', 'Contract negotiation', '合同谈判', 90, 9, 21, 'open'),
    ('00000000-0000-7000-8001-000000000010', '00000000-0000-7000-8000-000000000001', 'won', 'Contract signed', '签订合同', 100, 10, null, 'won'),
    ('00000000-0000-7000-8001-000000000011', '00000000-0000-7000-8000-000000000001', 'lost', 'Lost', '失败', 0, 11, null, 'lost'),
    ('00000000-0000-7000-8002-000000000001', '00000000-0000-7000-8000-000000000002', 'inquiry', 'Inquiry', '询价', 20, 1, 7, 'open'),
    ('00000000-0000-7000-8002-000000000002', '00000000-0000-7000-8000-000000000002', 'quoted', 'Quoted', '已报价', 50, 2, 14, 'open'),
    ('00000000-0000-7000-8002-000000000003', '00000000-0000-7000-8000-000000000002', 'confirmed', 'Order confirmed', '确认订单', 90, 3, 7, 'open'),
    ('00000000-0000-7000-8002-000000000004', '00000000-0000-7000-8000-000000000002', 'won', 'Won', '成交', 100, 4, null, 'won'),
    ('00000000-0000-7000-8002-000000000005', '00000000-0000-7000-8000-000000000002', 'lost', 'Lost', '失败', 0, 5, null, 'lost');

insert into stage_checklist_items (id, stage_id, text_en, text_zh, position) values
    ('00000000-0000-7000-8003-000000000001', '00000000-0000-7000-8001-000000000001', 'Qualify budget, need and timing', '确认预算、需求和时间', 1),
    ('00000000-0000-7000-8003-000000000002', '00000000-0000-7000-8001-000000000002', 'Identify a coach inside the customer', '在客户内部发展一名教练（内线）', 1),
    ('00000000-0000-7000-8003-000000000003', '00000000-0000-7000-8001-000000000003', 'Meet the economic buyer', '会见经济决策人', 1),
    ('00000000-0000-7000-8003-000000000004', '00000000-0000-7000-8001-000000000003', 'Map the buying committee (CUTE)', '梳理采购决策链（CUTE）', 2),
    ('00000000-0000-7000-8003-000000000005', '00000000-0000-7000-8001-000000000004', 'Write down the requirements and get them confirmed', '整理需求并请客户确认', 1),
    ('00000000-0000-7000-8003-000000000006', '00000000-0000-7000-8001-000000000005', 'Send the proposal', '提交方案', 1),
    ('00000000-0000-7000-8003-000000000007', '00000000-0000-7000-8001-000000000005', 'Analyse the competitors (SWOT)', '分析竞争对手（SWOT）', 2),
    ('00000000-0000-7000-8003-000000000008', '00000000-0000-7000-8001-000000000006', 'Demonstrate to users and the technical buyer', '向使用者和技术选型人演示', 1),
    ('00000000-0000-7000-8003-000000000009', '00000000-0000-7000-8001-000000000007', 'Answer the evaluation questions; revise the proposal', '答复评估问题并修改方案', 1),
    ('00000000-0000-7000-8003-000000000010', '00000000-0000-7000-8001-000000000008', 'Confirm scope and price in writing', '书面确认范围和价格', 1),
    ('00000000-0000-7000-8003-000000000011', '00000000-0000-7000-8001-000000000009', 'Agree the contract terms and payment plan', '商定合同条款和回款计划', 1);
