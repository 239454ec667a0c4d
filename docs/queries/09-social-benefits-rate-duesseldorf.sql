select json_build_object(
    'code', i.code,
    'title', json_build_object('de', i.title_de),
    'unit', case when i.unit_de is null and i.unit_en is null then null else json_build_object('de', i.unit_de) end,
    'observations', json_build_object(
        'totalCount', (select count(*) from indicator_observation o join municipality m on m.id = o.municipality_id
                       where o.indicator_id = i.id and m.ags = '05111000' and o.area_level = 'municipality'),
        'nodes', (select coalesce(json_agg(x.obj order by x.year, x.id), '[]') from (
                    select o.year, o.id, json_build_object('year', o.year, 'value', o.value, 'isIllustrative', o.is_illustrative,
                        'licence', s.licence, 'source', json_build_object('title', s.title)) as obj
                    from indicator_observation o join municipality m on m.id = o.municipality_id join source s on s.id = o.source_id
                    where o.indicator_id = i.id and m.ags = '05111000' and o.area_level = 'municipality'
                    order by o.year, o.id limit 50) x)))::text
from sdg_indicator i
where i.code = 'inkar:a_GSa';
