namespace OpenIntegrationData.Data.Migrations;

/// <summary>
/// The part of <see cref="AreasAndMeasures"/> that EF Core cannot describe: the view of every area's ancestors, the
/// triggers that make districts and quarters areas and fill in an observation's area, measure, value and country,
/// the backfill of the rows that exist, and the foreign key that lets a figure name a group with its one country.
/// </summary>
internal static class AreasAndMeasuresSql
{
    public const string Up = @"
-- One identity per country: a figure for a single-country group (Köln's ""Türkei"") also names that country, so
-- filtering by the nationality finds it; both may be named only when the group is that country's group.
alter table nationality_group add constraint nationality_group_id_nationality_id_key unique (id, nationality_id);

-- Every area with every area it lies in (distance 1 = its parent), read from the parents on each query so
-- it can never fall out of step with them. The hierarchy is a few levels deep and a few thousand areas wide.
create view area_ancestor as
with recursive walk (area_id, ancestor_id, distance) as (
    select id, parent_id, 1 from area where parent_id is not null
    union all
    select w.area_id, a.parent_id, w.distance + 1
    from walk w join area a on a.id = w.ancestor_id
    where a.parent_id is not null
)
select area_id, ancestor_id, distance from walk;

comment on view area_ancestor is 'Every area with each area it lies in; distance 1 is the parent, 2 the parent''s parent, and so on.';

-- Today's districts and sub-districts as areas on the levels ""stadtbezirk"" and ""stadtteil"", kept in step by triggers,
-- so the district files keep working.
create function area_level_for_place(p_municipality_id bigint, p_key text, p_source_id bigint) returns bigint
language plpgsql as $$
declare
    level_id bigint;
begin
    select id into level_id from area_level where municipality_id = p_municipality_id and key = p_key;
    if level_id is null then
        insert into area_level (municipality_id, key, name_de, name_en, depth, description_de, description_en, source_id)
        values (p_municipality_id, p_key,
                case p_key when 'stadtbezirk' then 'Stadtbezirk' else 'Stadtteil' end,
                case p_key when 'stadtbezirk' then 'City district' else 'Quarter' end,
                case p_key when 'stadtbezirk' then 1 else 2 end,
                case p_key when 'stadtbezirk' then 'Stadtbezirke mit eigener Bezirksvertretung.' else 'Stadtteile innerhalb der Stadtbezirke.' end,
                case p_key when 'stadtbezirk' then 'City districts with their own district council.' else 'Quarters inside the city districts.' end,
                p_source_id)
        returning id into level_id;
    end if;
    return level_id;
end $$;

create function place_as_area(p_area_id bigint, p_municipality_id bigint, p_level_id bigint, p_parent_id bigint,
                              p_number text, p_name text, p_sort_order integer, p_area_km2 numeric, p_source_id bigint) returns bigint
language plpgsql as $$
declare
    result bigint := p_area_id;
begin
    -- An upsert fires the insert trigger before it finds the existing row: reuse that row's area.
    if result is null then
        select id into result from area where level_id = p_level_id and code = coalesce(p_number, p_name);
    end if;
    if result is null then
        insert into area (municipality_id, level_id, code, name, parent_id, sort_order, area_km2, source_id)
        values (p_municipality_id, p_level_id, coalesce(p_number, p_name), p_name, p_parent_id, p_sort_order, p_area_km2, p_source_id)
        returning id into result;
    else
        update area set code = coalesce(p_number, p_name), name = p_name, parent_id = p_parent_id, sort_order = p_sort_order,
                        area_km2 = p_area_km2, source_id = p_source_id
        where id = result
          and (code, name, parent_id, sort_order, area_km2, source_id)
              is distinct from (coalesce(p_number, p_name), p_name, p_parent_id, p_sort_order, p_area_km2, p_source_id);
    end if;
    return result;
end $$;

create function district_as_area() returns trigger
language plpgsql as $$
begin
    new.area_id := place_as_area(new.area_id, new.municipality_id,
        area_level_for_place(new.municipality_id, 'stadtbezirk', new.source_id), null,
        new.number, new.name, new.sort_order, new.area_km2, new.source_id);
    return new;
end $$;

create function sub_district_as_area() returns trigger
language plpgsql as $$
begin
    new.area_id := place_as_area(new.area_id, new.municipality_id,
        area_level_for_place(new.municipality_id, 'stadtteil', new.source_id),
        (select d.area_id from district d where d.id = new.district_id),
        new.number, new.name, new.sort_order, new.area_km2, new.source_id);
    return new;
end $$;

create trigger district_as_area before insert or update on district for each row execute function district_as_area();
create trigger sub_district_as_area before insert or update on sub_district for each row execute function sub_district_as_area();

-- Fire the triggers once for the rows that exist.
update district set area_id = null;
update sub_district set area_id = null;

-- An observation of a district or quarter is an observation of its area; a figure without a measure counts residents;
-- a figure without an exact value is its number of persons.
create function observation_area() returns trigger
language plpgsql as $$
begin
    if new.area_id is null and new.sub_district_id is not null then
        select area_id into new.area_id from sub_district where id = new.sub_district_id;
    elsif new.area_id is null and new.district_id is not null then
        select area_id into new.area_id from district where id = new.district_id;
    end if;
    return new;
end $$;

create function population_observation_defaults() returns trigger
language plpgsql as $$
begin
    -- A figure that names no measure counts residents on its reference date, the measure of every figure
    -- loaded before measures existed; measure.csv describes it (and names its source) as well.
    if new.measure_id is null then
        select id into new.measure_id from measure where key = 'residents';
    end if;
    if new.measure_id is null then
        insert into measure (key, name_de, name_en, description_de, description_en, unit_de, unit_en, kind)
        values ('residents', 'Einwohner am Stichtag', 'Residents on the reference date',
                'Einwohnerinnen und Einwohner mit Hauptwohnsitz laut Melderegister am Stichtag.',
                'Residents with their main residence in the population register on the reference date.',
                'Personen', 'persons', 'count')
        returning id into new.measure_id;
    end if;
    -- One identity per country: a figure for a single-country group (Köln's ""Türkei"") is a figure for that country.
    if new.nationality_id is null and new.nationality_group_id is not null then
        select g.nationality_id into new.nationality_id from nationality_group g
        where g.id = new.nationality_group_id and g.kind = 'single_country';
    end if;
    -- A file without exact values gives persons only; a changed count without a new value replaces the old value.
    if new.value is null or (tg_op = 'UPDATE' and new.persons is distinct from old.persons and new.value = old.value) then
        new.value := new.persons;
    end if;
    return new;
end $$;

create trigger population_observation_area before insert or update on population_observation
    for each row execute function observation_area();
create trigger population_observation_defaults before insert or update on population_observation
    for each row execute function population_observation_defaults();
create trigger indicator_observation_area before insert or update on indicator_observation
    for each row execute function observation_area();

update population_observation set area_id = null;
update indicator_observation set area_id = null;

alter table population_observation
    alter column measure_id set not null,
    alter column value set not null,
    add constraint population_observation_check3 check (persons = round(value)),
    add constraint population_observation_single_country_group_fkey
        foreign key (nationality_group_id, nationality_id) references nationality_group (id, nationality_id);
";

    public const string Down = @"
drop trigger population_observation_area on population_observation;
drop trigger population_observation_defaults on population_observation;
drop trigger indicator_observation_area on indicator_observation;
drop trigger district_as_area on district;
drop trigger sub_district_as_area on sub_district;
drop function observation_area();
drop function population_observation_defaults();
drop function district_as_area();
drop function sub_district_as_area();
drop function place_as_area(bigint, bigint, bigint, bigint, text, text, integer, numeric, bigint);
drop function area_level_for_place(bigint, text, bigint);
drop view area_ancestor;
alter table population_observation drop constraint population_observation_single_country_group_fkey;
update population_observation set nationality_id = null where nationality_group_id is not null;
alter table nationality_group drop constraint nationality_group_id_nationality_id_key;
";
}
