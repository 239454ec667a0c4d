select coalesce(json_agg(json_build_object(
        'municipality', json_build_object('name', m.name), 'year', o.year, 'persons', o.persons,
        'nationalityGroup', (select json_build_object('name', json_build_object('de', g.name_de)) from nationality_group g where g.id = o.nationality_group_id),
        'isIllustrative', o.is_illustrative)
    order by o.year, o.id), '[]')::text
from (
    select o.* from population_observation o
    join municipality m on m.id = o.municipality_id
    join nationality n on n.id = o.nationality_id
    where m.ags in ('05315000', '05111000') and o.area_level = 'municipality' and n.alpha2 = 'TR'
      and o.migration_category = 'all' and o.sex is null and o.age_group is null
    order by o.year, o.id
    limit 50
) o
join municipality m on m.id = o.municipality_id;
