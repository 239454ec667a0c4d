-- q3 equivalent: 10 districts -> first 20 programmes each -> their SDG goals, one statement with LATERAL + json_agg
select json_build_object('districts', json_build_object('nodes', coalesce(json_agg(dj.obj order by dj.id), '[]'::json)))
from (
  select d.id,
         json_build_object('id', encode(convert_to('District:' || d.id, 'UTF8'), 'base64'), 'name', d.name,
           'programmes', json_build_object('nodes',
           (select coalesce(json_agg(pj.obj order by pd.programme_id), '[]'::json)
              from (select programme_id from programme_district
                     where district_id = d.id order by programme_id limit 20) pd
              cross join lateral (
                select json_build_object('id', encode(convert_to('Programme:' || p.id, 'UTF8'), 'base64'),
                         'name', json_build_object('en', p.name_en), 'status', upper(p.status),
                         'sdgGoals', json_build_object('nodes',
                           (select coalesce(json_agg(json_build_object('number', g.number,
                                     'shortTitle', json_build_object('en', g.short_title_en)) order by g.id), '[]'::json)
                              from programme_sdg_goal pg
                              join sdg_goal g on g.id = pg.goal_id
                             where pg.programme_id = p.id))) as obj
                  from programme p where p.id = pd.programme_id) pj))) as obj
  from (select id, name from district order by id limit 10) d
) dj;
