select coalesce(json_agg(json_build_object('key', json_build_object('year', s.year), 'sum', s.sum, 'count', s.count) order by s.year), '[]')::text
from (
    select o.year, sum(o.persons) as sum, count(*) as count
    from population_observation o
    join nationality_group g on g.id = o.nationality_group_id
    join municipality m on m.id = o.municipality_id
    where m.ags = '05315000' and g.kind = 'all_foreign' and o.area_level = 'municipality' and o.sex is null
    group by o.year
) s;
