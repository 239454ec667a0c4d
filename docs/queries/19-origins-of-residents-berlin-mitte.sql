select coalesce(json_agg(json_build_object(
        'nationalityGroup', json_build_object('key', g.key, 'name', json_build_object('de', g.name_de, 'en', g.name_en)), 'persons', t.persons)
    order by t.persons desc, t.id), '[]')::text
from (
    select o.id, o.nationality_group_id, o.persons
    from population_observation o
    join municipality m on m.id = o.municipality_id
    join area a on a.id = o.area_id
    join area_level l on l.id = a.level_id
    join measure e on e.id = o.measure_id
    join nationality_group g on g.id = o.nationality_group_id
    where m.ags = '11000000' and l.key = 'bezirk' and a.code = '01' and e.key = 'migration-background-by-origin'
      and o.reference_date = '2024-12-31' and g.kind = 'origin'
    order by o.persons desc, o.id
    limit 10
) t
join nationality_group g on g.id = t.nationality_group_id;
