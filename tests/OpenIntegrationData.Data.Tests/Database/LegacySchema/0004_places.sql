-- Places: municipalities, their districts (Stadtbezirke) and sub-districts (Stadtteile).

create table municipality (
    id                          bigint generated always as identity primary key,
    ags                         char(8)       not null unique check (ags ~ '^[0-9]{8}$'),
    name                        text          not null check (name <> ''),
    official_name               text,
    state                       text          not null check (state <> ''),
    type                        text          not null check (type <> ''),
    area_km2                    numeric(10,3) check (area_km2 > 0),
    population                  integer       check (population >= 0),
    population_year             smallint      check (population_year between 1800 and 2100),
    population_reference_date   date,
    population_source_id        bigint        references source (id),
    source_id                   bigint        not null references source (id),
    check ((population is null) = (population_year is null)),
    check ((population is null) = (population_source_id is null)),
    check (population_reference_date is null or (population_year is not null and extract(year from population_reference_date) = population_year))
);

create index municipality_name_idx on municipality (name);
create index municipality_state_idx on municipality (state);
create index municipality_population_source_id_idx on municipality (population_source_id);
create index municipality_source_id_idx on municipality (source_id);

comment on table municipality is 'A German municipality (Gemeinde), e.g. Düsseldorf, identified by its official municipality key (AGS).';
comment on column municipality.id is 'Surrogate key.';
comment on column municipality.ags is 'Official municipality key (Amtlicher Gemeindeschlüssel, AGS), 8 digits (e.g. "05111000" for Düsseldorf).';
comment on column municipality.name is 'Common name (e.g. "Düsseldorf").';
comment on column municipality.official_name is 'Name as listed by the statistics office (e.g. "Düsseldorf, Stadt").';
comment on column municipality.state is 'Federal state (Land), e.g. "Nordrhein-Westfalen".';
comment on column municipality.type is 'Administrative type, e.g. "kreisfreie Stadt" (city not part of a county).';
comment on column municipality.area_km2 is 'Area in square kilometres, where known.';
comment on column municipality.population is 'Number of residents at the reference year/date, where a published figure exists.';
comment on column municipality.population_year is 'Year the population figure refers to.';
comment on column municipality.population_reference_date is 'Exact reference date of the population figure, when the source gives one.';
comment on column municipality.population_source_id is 'Source of the population figure.';
comment on column municipality.source_id is 'Source of key, name and type.';

create table district (
    id                          bigint generated always as identity primary key,
    municipality_id             bigint        not null references municipality (id),
    name                        text          not null check (name <> ''),
    number                      text          check (number ~ '^[0-9]{1,3}$'),
    sort_order                  integer       not null,
    area_km2                    numeric(10,3) check (area_km2 > 0),
    area_reference_year         smallint      check (area_reference_year between 1800 and 2100),
    population                  integer       check (population >= 0),
    population_year             smallint      check (population_year between 1800 and 2100),
    population_reference_date   date,
    population_source_id        bigint        references source (id),
    source_id                   bigint        not null references source (id),
    unique (municipality_id, name),
    unique (municipality_id, number),
    unique (id, municipality_id),
    check ((population is null) = (population_year is null)),
    check ((population is null) = (population_source_id is null)),
    check (population_reference_date is null or (population_year is not null and extract(year from population_reference_date) = population_year))
);

create index district_municipality_id_sort_idx on district (municipality_id, sort_order);
create index district_name_idx on district (name);
create index district_population_source_id_idx on district (population_source_id);
create index district_source_id_idx on district (source_id);

comment on table district is 'A city district (Stadtbezirk) of a municipality, e.g. Düsseldorf''s Stadtbezirk 3 or Köln''s Innenstadt. Districts have their own council (Bezirksvertretung).';
comment on column district.id is 'Surrogate key.';
comment on column district.municipality_id is 'The municipality the district belongs to.';
comment on column district.name is 'Name of the district, unique within its municipality (Düsseldorf''s districts are only numbered and are called "Stadtbezirk 1" … "Stadtbezirk 10").';
comment on column district.number is 'Official district number as the city publishes it (e.g. "3" in Düsseldorf, "001" in Köln); empty when not published in a source we have.';
comment on column district.sort_order is 'Position of the district in its city''s official order.';
comment on column district.area_km2 is 'Area in square kilometres, where published.';
comment on column district.area_reference_year is 'Year the area figure refers to.';
comment on column district.population is 'Number of residents at the reference year/date, where a published figure exists (the latest one we have).';
comment on column district.population_year is 'Year the population figure refers to.';
comment on column district.population_reference_date is 'Exact reference date of the population figure, when the source gives one.';
comment on column district.population_source_id is 'Source of the population figure.';
comment on column district.source_id is 'Source that lists the district.';

create table sub_district (
    id                          bigint generated always as identity primary key,
    municipality_id             bigint        not null references municipality (id),
    district_id                 bigint        not null,
    name                        text          not null check (name <> ''),
    number                      text          check (number ~ '^[0-9]{1,4}$'),
    sort_order                  integer       not null,
    area_km2                    numeric(10,3) check (area_km2 > 0),
    area_reference_year         smallint      check (area_reference_year between 1800 and 2100),
    population                  integer       check (population >= 0),
    population_year             smallint      check (population_year between 1800 and 2100),
    population_reference_date   date,
    population_source_id        bigint        references source (id),
    source_id                   bigint        not null references source (id),
    -- The sub-district lies in a district of the same municipality.
    foreign key (district_id, municipality_id) references district (id, municipality_id),
    unique (district_id, name),
    unique (municipality_id, name),
    unique (municipality_id, number),
    unique (id, district_id),
    check ((population is null) = (population_year is null)),
    check ((population is null) = (population_source_id is null)),
    check (population_reference_date is null or (population_year is not null and extract(year from population_reference_date) = population_year))
);

create index sub_district_district_id_sort_idx on sub_district (district_id, sort_order);
create index sub_district_municipality_id_idx on sub_district (municipality_id);
create index sub_district_name_idx on sub_district (name);
create index sub_district_population_source_id_idx on sub_district (population_source_id);
create index sub_district_source_id_idx on sub_district (source_id);

comment on table sub_district is 'A quarter (Stadtteil) inside a city district, e.g. Flingern-Süd in Düsseldorf''s Stadtbezirk 2.';
comment on column sub_district.id is 'Surrogate key.';
comment on column sub_district.municipality_id is 'The municipality the sub-district belongs to.';
comment on column sub_district.district_id is 'The district (Stadtbezirk) the sub-district lies in.';
comment on column sub_district.name is 'Name of the sub-district, unique within its municipality.';
comment on column sub_district.number is 'Official sub-district number as the city publishes it (e.g. "022" in Düsseldorf, "101" in Köln); empty when not found in a public source.';
comment on column sub_district.sort_order is 'Position in the city''s official order.';
comment on column sub_district.area_km2 is 'Area in square kilometres, where published.';
comment on column sub_district.area_reference_year is 'Year the area figure refers to.';
comment on column sub_district.population is 'Number of residents at the reference year/date, where a published figure exists (the latest one we have).';
comment on column sub_district.population_year is 'Year the population figure refers to.';
comment on column sub_district.population_reference_date is 'Exact reference date of the population figure, when the source gives one.';
comment on column sub_district.population_source_id is 'Source of the population figure.';
comment on column sub_district.source_id is 'Source that lists the sub-district.';
