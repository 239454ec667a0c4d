select coalesce(json_agg(json_build_object(
        'key', json_build_object('nationality', json_build_object('alpha2', n.alpha2::text,
            'name', json_build_object('de', n.name_de, 'en', n.name_en), 'isEuMember', n.is_eu_member)),
        'sum', s.sum, 'average', s.average)
    order by s.nationality_id), '[]')::text
from (
    select o.nationality_id, sum(o.persons) as sum, round(avg(o.persons), 4) as average
    from population_observation o
    join municipality m on m.id = o.municipality_id
    where m.ags = '05111000' and o.year = 2023 and o.area_level = 'district' and o.nationality_id is not null
    group by o.nationality_id
) s
join nationality n on n.id = s.nationality_id;
