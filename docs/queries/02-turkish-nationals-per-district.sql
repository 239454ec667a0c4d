select coalesce(json_agg(json_build_object('key', json_build_object('district', json_build_object('name', d.name)), 'sum', s.sum) order by s.district_id), '[]')::text
from (
    select o.district_id, sum(o.persons) as sum
    from population_observation o
    join nationality n on n.id = o.nationality_id
    join municipality m on m.id = o.municipality_id
    where m.ags = '05111000' and n.alpha2 = 'TR' and o.year = 2020 and o.area_level = 'district'
    group by o.district_id
) s
join district d on d.id = s.district_id;
