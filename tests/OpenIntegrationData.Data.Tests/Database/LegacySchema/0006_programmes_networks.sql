-- Integration programmes and services of municipalities, and the city networks and charters they belong to.

create table programme (
    id              bigint generated always as identity primary key,
    key             text    not null unique check (key ~ '^[a-z0-9][a-z0-9._-]*$'),
    municipality_id bigint  not null references municipality (id),
    name_de         text    not null check (name_de <> ''),
    name_en         text    not null check (name_en <> ''),
    description_de  text,
    description_en  text,
    provider        text    not null check (provider <> ''),
    category        text    not null check (category in (
                        'language_course', 'counselling', 'welcome_point', 'health', 'housing', 'education',
                        'labour_market', 'participation', 'anti_discrimination', 'international_partnership',
                        'administration', 'strategy')),
    status          text    not null check (status in ('planned', 'active', 'closed')),
    start_date      date,
    end_date        date,
    url             text    check (url ~ '^https?://'),
    source_id       bigint  not null references source (id),
    check (end_date is null or start_date is null or end_date >= start_date)
);

create index programme_municipality_id_idx on programme (municipality_id, name_en);
create index programme_category_idx on programme (category);
create index programme_status_idx on programme (status);
create index programme_start_date_idx on programme (start_date);
create index programme_source_id_idx on programme (source_id);

comment on table programme is
    'An integration measure or service that a municipality runs or funds: counselling, language courses, WelcomePoints, '
    'health, housing, participation, anti-discrimination, international partnership, the offices and strategies behind them.';
comment on column programme.id is 'Surrogate key.';
comment on column programme.key is 'Stable short name used by the CSV files (e.g. "duesseldorf-welcome-point-3").';
comment on column programme.municipality_id is 'The municipality that runs or funds the programme.';
comment on column programme.name_de is 'Name in German.';
comment on column programme.name_en is 'Name in English.';
comment on column programme.description_de is 'What the programme does, in German.';
comment on column programme.description_en is 'What the programme does, in English.';
comment on column programme.provider is 'Who provides it (city office, welfare association, …).';
comment on column programme.category is
    'Kind of measure: language_course, counselling, welcome_point, health, housing, education, labour_market, participation, '
    'anti_discrimination, international_partnership, administration (an office) or strategy (a concept or plan).';
comment on column programme.status is 'planned, active or closed.';
comment on column programme.start_date is 'Day the programme started or was adopted, when known.';
comment on column programme.end_date is 'Day the programme ended, when it has ended.';
comment on column programme.url is 'Web page of the programme.';
comment on column programme.source_id is 'Source of the facts about the programme.';

create table programme_district (
    programme_id bigint not null references programme (id),
    district_id  bigint not null references district (id),
    primary key (programme_id, district_id)
);

create index programme_district_district_id_idx on programme_district (district_id, programme_id);

comment on table programme_district is 'Which districts (Stadtbezirke) a programme serves. A programme without rows here serves its whole municipality.';
comment on column programme_district.programme_id is 'The programme.';
comment on column programme_district.district_id is 'A district it serves.';

create table programme_language (
    programme_id  bigint not null references programme (id),
    language_code text   not null check (language_code ~ '^[a-z]{2,3}$'),
    primary key (programme_id, language_code)
);

create index programme_language_language_code_idx on programme_language (language_code, programme_id);

comment on table programme_language is 'Languages a programme is offered in.';
comment on column programme_language.programme_id is 'The programme.';
comment on column programme_language.language_code is 'ISO 639-1 (or 639-3 where no two-letter code exists) language code, e.g. "ar", "tr", "uk".';

create table programme_target_group (
    programme_id bigint not null references programme (id),
    target_group text   not null check (target_group in (
                     'all_residents', 'newcomers', 'adult_immigrants', 'young_immigrants', 'refugees',
                     'families', 'women', 'children', 'older_people', 'employers', 'civil_society', 'administration')),
    primary key (programme_id, target_group)
);

create index programme_target_group_target_group_idx on programme_target_group (target_group, programme_id);

comment on table programme_target_group is 'Groups of people a programme is meant for.';
comment on column programme_target_group.programme_id is 'The programme.';
comment on column programme_target_group.target_group is
    'all_residents, newcomers, adult_immigrants, young_immigrants, refugees, families, women, children, older_people, '
    'employers, civil_society or administration (staff of public bodies).';

create table programme_sdg_goal (
    programme_id bigint not null references programme (id),
    goal_id      bigint not null references sdg_goal (id),
    assigned_by  text   not null check (assigned_by in ('source', 'project')),
    primary key (programme_id, goal_id)
);

create index programme_sdg_goal_goal_id_idx on programme_sdg_goal (goal_id, programme_id);

comment on table programme_sdg_goal is 'SDG goals a programme contributes to.';
comment on column programme_sdg_goal.programme_id is 'The programme.';
comment on column programme_sdg_goal.goal_id is 'A goal it contributes to.';
comment on column programme_sdg_goal.assigned_by is 'source when the city itself tags the programme with the goal; project when the project assigned it by topic.';

create table programme_sdg_target (
    programme_id bigint not null references programme (id),
    target_id    bigint not null references sdg_target (id),
    assigned_by  text   not null check (assigned_by in ('source', 'project')),
    primary key (programme_id, target_id)
);

create index programme_sdg_target_target_id_idx on programme_sdg_target (target_id, programme_id);

comment on table programme_sdg_target is 'SDG targets a programme contributes to.';
comment on column programme_sdg_target.programme_id is 'The programme.';
comment on column programme_sdg_target.target_id is 'A target it contributes to.';
comment on column programme_sdg_target.assigned_by is 'source when the city itself tags the programme with the target; project when the project assigned it by topic.';

create table network (
    id              bigint generated always as identity primary key,
    key             text     not null unique check (key ~ '^[a-z0-9][a-z0-9._-]*$'),
    name_de         text     not null check (name_de <> ''),
    name_en         text     not null check (name_en <> ''),
    description_de  text,
    description_en  text,
    kind            text     not null check (kind in ('city_network', 'charter', 'campaign', 'association')),
    scope           text     not null check (scope in ('world', 'europe', 'germany', 'state')),
    founded_year    smallint check (founded_year between 1800 and 2100),
    url             text     check (url ~ '^https?://'),
    source_id       bigint   not null references source (id)
);

create index network_kind_idx on network (kind);
create index network_source_id_idx on network (source_id);

comment on table network is 'A network, charter or campaign that municipalities join, e.g. Eurocities, the Integrating Cities Charter or Fairtrade Towns.';
comment on column network.id is 'Surrogate key.';
comment on column network.key is 'Stable short name used by the CSV files (e.g. "eurocities").';
comment on column network.name_de is 'Name in German.';
comment on column network.name_en is 'Name in English.';
comment on column network.description_de is 'What the network does, in German.';
comment on column network.description_en is 'What the network does, in English.';
comment on column network.kind is 'city_network (an organisation of cities), charter (a commitment cities sign), campaign (a title cities earn) or association.';
comment on column network.scope is 'Where its members come from: world, europe, germany or state.';
comment on column network.founded_year is 'Year the network was founded or the charter launched.';
comment on column network.url is 'Web page of the network.';
comment on column network.source_id is 'Source of the facts about the network.';

create table membership (
    id              bigint generated always as identity primary key,
    municipality_id bigint   not null references municipality (id),
    network_id      bigint   not null references network (id),
    role            text     not null check (role in ('member', 'signatory', 'certified', 'partner')),
    joined_year     smallint check (joined_year between 1800 and 2100),
    joined_on       date,
    left_on         date,
    source_id       bigint   not null references source (id),
    note            text,
    unique (municipality_id, network_id),
    check (joined_on is null or (joined_year is not null and extract(year from joined_on) = joined_year)),
    check (left_on is null or joined_on is null or left_on >= joined_on)
);

create index membership_network_id_idx on membership (network_id, municipality_id);
create index membership_source_id_idx on membership (source_id);

comment on table membership is 'That a municipality belongs to a network, signed a charter or holds a campaign title, and since when.';
comment on column membership.id is 'Surrogate key.';
comment on column membership.municipality_id is 'The municipality.';
comment on column membership.network_id is 'The network, charter or campaign.';
comment on column membership.role is 'member (of a network), signatory (of a charter), certified (holds a campaign title) or partner.';
comment on column membership.joined_year is 'Year the municipality joined, when known.';
comment on column membership.joined_on is 'Exact day the municipality joined, when known.';
comment on column membership.left_on is 'Day the municipality left, when it has left.';
comment on column membership.source_id is 'Source of the membership fact.';
comment on column membership.note is 'Remarks on the membership.';
