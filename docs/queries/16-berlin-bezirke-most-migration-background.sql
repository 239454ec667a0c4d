select coalesce(json_agg(json_build_object('key', json_build_object('area', json_build_object('code', a.code, 'name', a.name)), 'sum', t.sum)
    order by t.sum desc, t.area_id), '[]')::text
from (
    select o.area_id, sum(o.persons) as sum
    from population_observation o
    join municipality m on m.id = o.municipality_id
    join area a on a.id = o.area_id
    join area_level l on l.id = a.level_id
    join measure e on e.id = o.measure_id
    where m.ags = '11000000' and l.key = 'bezirk' and e.key = 'residents' and o.reference_date = '2024-12-31'
      and o.nationality_id is null and o.nationality_group_id is null and o.migration_category = 'with_migration_background'
      and o.sex is null and o.age_group is null
    group by o.area_id
    order by sum desc, o.area_id
    limit 3
) t
join area a on a.id = t.area_id;
