select coalesce(json_agg(json_build_object(
        'code', a.code, 'name', a.name, 'validUntil', a.valid_until,
        'successors', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object(
                    'code', n.code, 'validFrom', n.valid_from,
                    'populationObservations', json_build_object('nodes', (
                        select coalesce(json_agg(json_build_object('persons', o.persons) order by o.id), '[]')
                        from population_observation o join measure e on e.id = o.measure_id
                        where o.area_id = n.id and e.key = 'residents' and o.reference_date = '2024-12-31'
                          and o.nationality_id is null and o.nationality_group_id is null and o.migration_category = 'all'
                          and o.sex is null and o.age_group is null)))
                order by n.code, n.id), '[]')
            from area_match x join area n on n.id = x.new_area_id
            where x.old_area_id = a.id)))
    order by a.id), '[]')::text
from area a
join area_level l on l.id = a.level_id
join municipality m on m.id = a.municipality_id
where m.ags = '11000000' and l.key = 'planungsraum-lor2006' and a.code = '01011101';
