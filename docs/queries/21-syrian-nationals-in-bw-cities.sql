select coalesce(json_agg(json_build_object('key', json_build_object('municipality', json_build_object('key', m.ags::text, 'name', m.name)), 'sum', t.sum)
    order by t.sum desc, t.municipality_id), '[]')::text
from (
    select o.municipality_id, sum(o.persons) as sum
    from population_observation o
    join municipality m on m.id = o.municipality_id
    join measure e on e.id = o.measure_id
    join nationality n on n.id = o.nationality_id
    where m.state = 'Baden-Württemberg' and e.key = 'foreigners-azr' and o.reference_date = '2025-12-31'
      and n.alpha2 = 'SY' and o.sex is null and o.age_group is null
    group by o.municipality_id
) t
join municipality m on m.id = t.municipality_id;
