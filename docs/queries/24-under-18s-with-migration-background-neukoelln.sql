select coalesce(json_agg(json_build_object(
        'key', json_build_object('area', json_build_object('code', a.code), 'migrationCategory', upper(s.migration_category)),
        'sum', s.sum)
    order by s.area_id, s.migration_category), '[]')::text
from (
    select o.area_id, o.migration_category, sum(o.persons) as sum
    from population_observation o
    join municipality m on m.id = o.municipality_id
    join area a on a.id = o.area_id
    join area_level l on l.id = a.level_id
    join area_ancestor up on up.area_id = a.id
    join area b on b.id = up.ancestor_id
    join area_level bl on bl.id = b.level_id
    join measure e on e.id = o.measure_id
    where m.ags = '11000000' and l.key = 'planungsraum-lor2021' and bl.key = 'bezirk' and b.code = '08'
      and e.key = 'residents' and o.reference_date = '2024-12-31'
      and o.nationality_id is null and o.nationality_group_id is null and o.sex is null
      and o.age_group in ('0-5', '6-14', '15-17')
    group by o.area_id, o.migration_category
) s
join area a on a.id = s.area_id;
