select coalesce(json_agg(json_build_object(
        'area', json_build_object('code', a.code, 'name', a.name), 'persons', o.persons, 'referenceDate', o.reference_date)
    order by o.persons desc, o.id), '[]')::text
from population_observation o
join municipality m on m.id = o.municipality_id
join area a on a.id = o.area_id
join area_level l on l.id = a.level_id
join measure e on e.id = o.measure_id
join nationality_group g on g.id = o.nationality_group_id
where m.ags = '11000000' and l.key = 'bezirk' and e.key = 'residents' and o.reference_date = '2024-12-31'
  and g.key = 'foreign' and o.migration_category = 'all' and o.sex is null and o.age_group is null;
