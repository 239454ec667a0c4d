select coalesce(json_agg(json_build_object(
        'area', json_build_object('name', a.name, 'parent', (select json_build_object('name', p.name) from area p where p.id = a.parent_id)),
        'value', t.value,
        'unit', t.unit,
        'note', t.note,
        'indicator', json_build_object('title', json_build_object('de', i.title_de, 'en', i.title_en)),
        'source', json_build_object('publisher', s.publisher, 'licence', s.licence))
    order by t.value desc, t.id), '[]')::text
from (
    select o.id, o.area_id, o.indicator_id, o.source_id, o.value, o.unit, o.note
    from indicator_observation o
    join sdg_indicator i on i.id = o.indicator_id
    join municipality m on m.id = o.municipality_id
    join area a on a.id = o.area_id
    join area_level l on l.id = a.level_id
    where i.code = 'statistik-nord:stadtteilprofile/anteil-unter-15-jaehrige-in-mindestsicherung'
      and m.ags = '02000000' and l.key = 'stadtteil' and o.year = 2013
    order by o.value desc, o.id
    limit 5
) t
join area a on a.id = t.area_id
join sdg_indicator i on i.id = t.indicator_id
join source s on s.id = t.source_id;
