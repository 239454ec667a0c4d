select coalesce(json_agg(json_build_object(
        'nationality', json_build_object('alpha2', n.alpha2::text, 'name', json_build_object('de', n.name_de, 'en', n.name_en)),
        'persons', t.persons, 'referenceDate', t.reference_date, 'licence', t.licence)
    order by t.persons desc, t.id), '[]')::text
from (
    select o.id, o.nationality_id, o.persons, o.reference_date, s.licence
    from population_observation o
    join municipality m on m.id = o.municipality_id
    join measure e on e.id = o.measure_id
    join source s on s.id = o.source_id
    where m.ags = '08111000' and e.key = 'foreigners-azr' and o.nationality_id is not null and o.sex is null and o.age_group is null
    order by o.persons desc, o.id
    limit 10
) t
join nationality n on n.id = t.nationality_id;
