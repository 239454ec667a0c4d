-- Observations: residents by nationality, and indicator values, for a municipality, a district or a sub-district.
-- An observation names its area by the path municipality > district > sub-district: the municipality is
-- always set, the district for district and sub-district figures, the sub-district for sub-district figures.
-- Composite foreign keys keep the path consistent.

create table population_observation (
    id                    bigint generated always as identity primary key,
    municipality_id       bigint   not null references municipality (id),
    district_id           bigint,
    sub_district_id       bigint,
    area_level            text     not null generated always as (
                              case
                                  when sub_district_id is not null then 'sub_district'
                                  when district_id is not null then 'district'
                                  else 'municipality'
                              end) stored,
    nationality_id        bigint   references nationality (id),
    nationality_group_id  bigint   references nationality_group (id),
    migration_category    text     not null default 'all' check (migration_category in (
                              'all', 'with_migration_background', 'germans_with_migration_background',
                              'resettlers', 'naturalised')),
    sex                   text     check (sex in ('female', 'male')),
    age_group             text     check (age_group ~ '^[0-9]{1,3}(-[0-9]{1,3}|\+)$'),
    year                  smallint not null check (year between 1800 and 2100),
    reference_date        date,
    persons               integer  not null check (persons >= 0),
    source_id             bigint   not null references source (id),
    is_illustrative       boolean  not null default false,
    note                  text,
    foreign key (district_id, municipality_id) references district (id, municipality_id),
    foreign key (sub_district_id, district_id) references sub_district (id, district_id),
    check (sub_district_id is null or district_id is not null),
    check (num_nonnulls(nationality_id, nationality_group_id) <= 1),
    check (reference_date is null or extract(year from reference_date) = year),
    unique nulls not distinct (municipality_id, district_id, sub_district_id, nationality_id,
                               nationality_group_id, migration_category, sex, age_group, year)
);

create index population_observation_district_year_idx
    on population_observation (district_id, year, persons desc) where district_id is not null;
create index population_observation_sub_district_year_idx
    on population_observation (sub_district_id, year, persons desc) where sub_district_id is not null;
create index population_observation_municipality_year_idx
    on population_observation (municipality_id, area_level, year);
create index population_observation_nationality_year_idx
    on population_observation (nationality_id, year) where nationality_id is not null;
create index population_observation_nationality_group_year_idx
    on population_observation (nationality_group_id, year) where nationality_group_id is not null;
create index population_observation_year_idx on population_observation (year);
create index population_observation_source_id_idx on population_observation (source_id);

comment on table population_observation is
    'How many residents of an area belong to a group at a point in time: all residents, residents of one nationality, '
    'of a group of nationalities (e.g. "Europäische Union"), or of a migration category; optionally split by sex or age group. '
    'Empty dimensions mean "all": no nationality and no group means every nationality, no sex means both sexes.';
comment on column population_observation.id is 'Surrogate key.';
comment on column population_observation.municipality_id is 'The municipality of the area (always set).';
comment on column population_observation.district_id is 'The district (Stadtbezirk) of the area, for district and sub-district figures.';
comment on column population_observation.sub_district_id is 'The sub-district (Stadtteil), for sub-district figures.';
comment on column population_observation.area_level is 'Which level the figure is for: municipality, district or sub_district.';
comment on column population_observation.nationality_id is 'The nationality counted, when the figure is for a single country.';
comment on column population_observation.nationality_group_id is 'The group of nationalities counted (e.g. "Afrika", all foreign nationals), when the figure is for a group.';
comment on column population_observation.migration_category is
    'Migration category counted: all (everyone, or everyone of the nationality/group), with_migration_background, '
    'germans_with_migration_background, resettlers (Aussiedler, ethnic German resettlers) or naturalised (Eingebürgerte).';
comment on column population_observation.sex is 'female or male when the figure is for one sex; empty for both.';
comment on column population_observation.age_group is 'Age group in years (e.g. "18-64", "65+") when the figure is for one; empty for all ages.';
comment on column population_observation.year is 'Year the figure refers to.';
comment on column population_observation.reference_date is 'Exact reference date (Stichtag), when the source gives one.';
comment on column population_observation.persons is 'Number of residents.';
comment on column population_observation.source_id is 'Source of the figure.';
comment on column population_observation.is_illustrative is 'True when the figure was generated by the project for demonstration and is not official.';
comment on column population_observation.note is 'Remarks on the figure.';

create table indicator_observation (
    id                bigint generated always as identity primary key,
    indicator_id      bigint        not null references sdg_indicator (id),
    municipality_id   bigint        not null references municipality (id),
    district_id       bigint,
    sub_district_id   bigint,
    area_level        text          not null generated always as (
                          case
                              when sub_district_id is not null then 'sub_district'
                              when district_id is not null then 'district'
                              else 'municipality'
                          end) stored,
    year              smallint      not null check (year between 1800 and 2100),
    reference_date    date,
    value             numeric(20,6) not null,
    unit              text          not null check (unit <> ''),
    disaggregation    text          check (disaggregation <> ''),
    status            text          not null check (status in ('published', 'provisional', 'estimated', 'illustrative')),
    source_id         bigint        not null references source (id),
    is_illustrative   boolean       not null default false,
    note              text,
    foreign key (district_id, municipality_id) references district (id, municipality_id),
    foreign key (sub_district_id, district_id) references sub_district (id, district_id),
    check (sub_district_id is null or district_id is not null),
    check (reference_date is null or extract(year from reference_date) = year),
    check (is_illustrative = (status = 'illustrative')),
    unique nulls not distinct (indicator_id, municipality_id, district_id, sub_district_id, year, disaggregation)
);

create index indicator_observation_municipality_indicator_year_idx
    on indicator_observation (municipality_id, indicator_id, year);
create index indicator_observation_district_indicator_year_idx
    on indicator_observation (district_id, indicator_id, year) where district_id is not null;
create index indicator_observation_sub_district_indicator_year_idx
    on indicator_observation (sub_district_id, indicator_id, year) where sub_district_id is not null;
create index indicator_observation_year_idx on indicator_observation (year);
create index indicator_observation_source_id_idx on indicator_observation (source_id);

comment on table indicator_observation is 'A value of an indicator for an area (municipality, district or sub-district) and year, with its unit, status and source.';
comment on column indicator_observation.id is 'Surrogate key.';
comment on column indicator_observation.indicator_id is 'The indicator measured.';
comment on column indicator_observation.municipality_id is 'The municipality of the area (always set).';
comment on column indicator_observation.district_id is 'The district (Stadtbezirk), for district and sub-district values.';
comment on column indicator_observation.sub_district_id is 'The sub-district (Stadtteil), for sub-district values.';
comment on column indicator_observation.area_level is 'Which level the value is for: municipality, district or sub_district.';
comment on column indicator_observation.year is 'Year (period) the value refers to.';
comment on column indicator_observation.reference_date is 'Exact reference date, when the source gives one.';
comment on column indicator_observation.value is 'The value as published, in the unit given.';
comment on column indicator_observation.unit is 'Unit of the value (e.g. "%", "je 1.000 Einwohner").';
comment on column indicator_observation.disaggregation is 'Which part of the population the value is for (e.g. "sex=female"); empty for the whole population.';
comment on column indicator_observation.status is 'published (as published by the source), provisional, estimated, or illustrative (generated by the project, not official).';
comment on column indicator_observation.source_id is 'Source of the value.';
comment on column indicator_observation.is_illustrative is 'True when the value was generated by the project for demonstration and is not official.';
comment on column indicator_observation.note is 'Remarks on the value (e.g. the spatial reference the statistics office used).';
