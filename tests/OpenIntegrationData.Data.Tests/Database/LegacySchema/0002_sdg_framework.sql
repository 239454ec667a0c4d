-- The UN Sustainable Development Goals framework (goals, targets, indicators) and the German
-- municipal indicator set that cities report against.

create table sdg_goal (
    id              bigint generated always as identity primary key,
    number          smallint not null unique check (number between 1 and 17),
    title_de        text     not null check (title_de <> ''),
    title_en        text     not null check (title_en <> ''),
    short_title_de  text     not null check (short_title_de <> ''),
    short_title_en  text     not null check (short_title_en <> ''),
    colour_hex      text     not null check (colour_hex ~ '^#[0-9A-F]{6}$'),
    source_id       bigint   not null references source (id)
);

create index sdg_goal_source_id_idx on sdg_goal (source_id);

comment on table sdg_goal is 'One of the 17 UN Sustainable Development Goals (SDGs) of the 2030 Agenda, e.g. goal 10 "Reduced inequalities".';
comment on column sdg_goal.id is 'Surrogate key.';
comment on column sdg_goal.number is 'Goal number, 1 to 17.';
comment on column sdg_goal.title_de is 'Full goal title in German.';
comment on column sdg_goal.title_en is 'Full goal title in English.';
comment on column sdg_goal.short_title_de is 'Short goal name in German (e.g. "Keine Armut").';
comment on column sdg_goal.short_title_en is 'Short goal name in English (e.g. "No poverty").';
comment on column sdg_goal.colour_hex is 'The goal''s colour in the UN SDG palette, as #RRGGBB.';
comment on column sdg_goal.source_id is 'Source of the titles.';

create table sdg_target (
    id          bigint generated always as identity primary key,
    goal_id     bigint  not null references sdg_goal (id),
    code        text    not null unique check (code ~ '^[0-9]{1,2}\.([0-9]{1,2}|[a-z])$'),
    sort_order  integer not null unique,
    title_de    text    not null check (title_de <> ''),
    title_en    text    not null check (title_en <> ''),
    source_id   bigint  not null references source (id)
);

create index sdg_target_goal_id_idx on sdg_target (goal_id, sort_order);
create index sdg_target_source_id_idx on sdg_target (source_id);

comment on table sdg_target is 'A target of an SDG goal (169 in all), e.g. 10.7 "Facilitate orderly, safe, regular and responsible migration".';
comment on column sdg_target.id is 'Surrogate key.';
comment on column sdg_target.goal_id is 'The goal this target belongs to.';
comment on column sdg_target.code is 'Target code: goal number, dot, target number or letter (e.g. "10.7", "16.b").';
comment on column sdg_target.sort_order is 'Position in the official list; sorting by it puts 1.2 before 1.10 and numbered targets before lettered ones.';
comment on column sdg_target.title_de is 'Target text in German.';
comment on column sdg_target.title_en is 'Target text in English.';
comment on column sdg_target.source_id is 'Source of the texts.';

create table sdg_indicator (
    id                  bigint generated always as identity primary key,
    code                text     not null unique check (code <> ''),
    kind                text     not null check (kind in ('global', 'municipal', 'context')),
    goal_id             bigint   references sdg_goal (id),
    target_id           bigint   references sdg_target (id),
    sort_order          integer  not null unique,
    title_de            text,
    title_en            text,
    short_title_de      text,
    short_title_en      text,
    definition_de       text,
    definition_en       text,
    unit_de             text,
    unit_en             text,
    formula_de          text,
    data_basis_de       text,
    tier                text,
    custodian_agencies  text,
    partner_agencies    text,
    is_repeat           boolean  not null default false,
    in_un_list          boolean  not null default false,
    un_internal_code    text,
    un_notes            text,
    inkar_code          text,
    source_id           bigint   not null references source (id),
    check (title_de is not null or title_en is not null),
    -- A global indicator always sits under a UN target; a municipal one under a goal.
    check (kind <> 'global' or target_id is not null),
    check (kind <> 'municipal' or goal_id is not null)
);

create index sdg_indicator_goal_id_idx on sdg_indicator (goal_id, sort_order);
create index sdg_indicator_target_id_idx on sdg_indicator (target_id, sort_order);
create index sdg_indicator_kind_idx on sdg_indicator (kind, sort_order);
create index sdg_indicator_source_id_idx on sdg_indicator (source_id);
create index sdg_indicator_inkar_code_idx on sdg_indicator (inkar_code);

comment on table sdg_indicator is
    'An indicator that measures progress on the SDGs. Kind "global": the UN global indicator list (e.g. 10.7.2). '
    'Kind "municipal": the German "SDG-Indikatoren für Kommunen" that cities and counties report (e.g. child poverty). '
    'Kind "context": a related statistic from the same statistical source that belongs to no SDG set (e.g. population density).';
comment on column sdg_indicator.id is 'Surrogate key.';
comment on column sdg_indicator.code is 'Indicator code: the UN code for global indicators (e.g. "10.7.2"); "inkar:<variable>" for municipal ones; "inkar:<table>/<variable>" for context statistics.';
comment on column sdg_indicator.kind is 'global (UN list), municipal (German municipal SDG set) or context (related statistic outside any SDG set).';
comment on column sdg_indicator.goal_id is 'The goal the indicator measures; empty for context statistics.';
comment on column sdg_indicator.target_id is 'The UN target the indicator measures; global indicators always have one, the municipal set is published without target mapping.';
comment on column sdg_indicator.sort_order is 'Position in the list it comes from; sorting by it puts 1.1.1 before 1.10.1.';
comment on column sdg_indicator.title_de is 'Indicator title in German.';
comment on column sdg_indicator.title_en is 'Indicator title in English (the UN list text for global indicators).';
comment on column sdg_indicator.short_title_de is 'Short name in German (municipal and context indicators).';
comment on column sdg_indicator.short_title_en is 'Short name in English, where one exists.';
comment on column sdg_indicator.definition_de is 'What the indicator measures, in German (as defined by the statistics office).';
comment on column sdg_indicator.definition_en is 'What the indicator measures, in English, where a translation exists.';
comment on column sdg_indicator.unit_de is 'Unit of the values in German (e.g. "je 1.000 Einwohner", "%").';
comment on column sdg_indicator.unit_en is 'Unit of the values in English, where given.';
comment on column sdg_indicator.formula_de is 'How the value is calculated, in German.';
comment on column sdg_indicator.data_basis_de is 'Statistics the value is calculated from, in German.';
comment on column sdg_indicator.tier is 'UN tier classification (I: method and data exist, II: method but little data, III: no agreed method), as of 30 Nov 2022.';
comment on column sdg_indicator.custodian_agencies is 'UN agencies responsible for the global indicator.';
comment on column sdg_indicator.partner_agencies is 'Partner agencies of the global indicator.';
comment on column sdg_indicator.is_repeat is 'True when the same indicator is listed under several targets (e.g. 1.5.1, 11.5.1, 13.1.1).';
comment on column sdg_indicator.in_un_list is 'True when the indicator is on the UN global list of 30 Nov 2022; false for legacy codes and for municipal and context indicators.';
comment on column sdg_indicator.un_internal_code is 'The UN''s internal indicator code (e.g. "C100702").';
comment on column sdg_indicator.un_notes is 'UN remarks on refinements and data availability.';
comment on column sdg_indicator.inkar_code is 'Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), for municipal and context indicators.';
comment on column sdg_indicator.source_id is 'Source of titles and definitions.';
