select json_build_object(
    'name', m.name,
    'districts', json_build_object(
        'totalCount', (select count(*) from district d where d.municipality_id = m.id),
        'nodes', (select coalesce(json_agg(json_build_object(
                'number', d.number, 'name', d.name, 'population', d.population, 'populationYear', d.population_year)
                order by d.sort_order, d.id), '[]')
            from district d where d.municipality_id = m.id)))::text
from municipality m
where m.ags = '05315000';
