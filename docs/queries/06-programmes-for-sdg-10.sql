select json_build_object(
    'title', json_build_object('de', g.title_de, 'en', g.title_en),
    'programmes', json_build_object(
        'totalCount', (select count(*) from programme_sdg_goal pg where pg.goal_id = g.id),
        'nodes', (select coalesce(json_agg(json_build_object('key', p.key, 'municipality', json_build_object('name', m.name)) order by p.id), '[]')
                  from programme_sdg_goal pg join programme p on p.id = pg.programme_id join municipality m on m.id = p.municipality_id
                  where pg.goal_id = g.id)))::text
from sdg_goal g
where g.number = 10;
