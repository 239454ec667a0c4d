select coalesce(json_agg(json_build_object(
        'key', json_build_object('indicator', json_build_object('code', i.code), 'municipality', json_build_object('name', m.name)),
        'count', s.count, 'min', s.min, 'max', s.max)
    order by s.indicator_id, s.municipality_id), '[]')::text
from (
    select o.indicator_id, o.municipality_id, count(*) as count, min(o.value) as min, max(o.value) as max
    from indicator_observation o
    where o.is_illustrative
    group by o.indicator_id, o.municipality_id
) s
join sdg_indicator i on i.id = s.indicator_id
join municipality m on m.id = s.municipality_id;
