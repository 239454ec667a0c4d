select coalesce(json_agg(json_build_object('referenceDate', t.reference_date, 'period', upper(t.period), 'persons', t.persons)
    order by t.reference_date, t.id), '[]')::text
from (
    select o.id, o.reference_date, o.period, o.persons
    from population_observation o
    join municipality m on m.id = o.municipality_id
    join measure e on e.id = o.measure_id
    join nationality_group g on g.id = o.nationality_group_id
    where m.ags = '11000000' and o.area_id is null and e.key = 'residents' and g.key = 'foreign'
      and o.migration_category = 'all' and o.sex is null and o.age_group is null
    order by o.reference_date, o.id
    limit 20
) t;
