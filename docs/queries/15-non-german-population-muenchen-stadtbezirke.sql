select coalesce(json_agg(json_build_object(
        'code', a.code, 'name', a.name,
        'populationObservations', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object('year', o.year, 'value', o.value) order by o.year, o.id), '[]')
            from (select o.* from population_observation o
                  join measure e on e.id = o.measure_id
                  join nationality_group g on g.id = o.nationality_group_id
                  where o.area_id = a.id and e.key = 'residents-annual-mean' and g.key = 'foreign'
                  order by o.year, o.id limit 25) o)))
    order by a.code, a.id), '[]')::text
from area a
join area_level l on l.id = a.level_id
join municipality m on m.id = a.municipality_id
where m.ags = '09162000' and l.key = 'stadtbezirk';
