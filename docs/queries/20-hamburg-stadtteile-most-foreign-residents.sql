select coalesce(json_agg(json_build_object(
        'area', json_build_object('name', a.name, 'parent', (select json_build_object('name', p.name) from area p where p.id = a.parent_id)),
        'persons', t.persons)
    order by t.persons desc, t.id), '[]')::text
from (
    select o.id, o.area_id, o.persons
    from population_observation o
    join municipality m on m.id = o.municipality_id
    join area a on a.id = o.area_id
    join area_level l on l.id = a.level_id
    join measure e on e.id = o.measure_id
    join nationality_group g on g.id = o.nationality_group_id
    where m.ags = '02000000' and l.key = 'stadtteil' and e.key = 'residents' and o.year = 2013
      and g.key = 'foreign' and o.migration_category = 'all' and o.sex is null and o.age_group is null
    order by o.persons desc, o.id
    limit 5
) t
join area a on a.id = t.area_id;
