select coalesce(json_agg(json_build_object(
        'name', d.name,
        'municipality', json_build_object('name', m.name),
        'programmes', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object('name', json_build_object('de', p.name_de), 'status', upper(p.status)) order by p.id), '[]')
            from programme_district pd join programme p on p.id = pd.programme_id
            where pd.district_id = d.id and p.category = 'welcome_point')))
    order by d.id), '[]')::text
from district d
join municipality m on m.id = d.municipality_id
where exists (select 1 from programme_district pd join programme p on p.id = pd.programme_id where pd.district_id = d.id and p.category = 'welcome_point');
