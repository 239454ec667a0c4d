select coalesce(json_agg(json_build_object(
        'key', p.key,
        'name', json_build_object('en', p.name_en),
        'provider', p.provider,
        'targetGroups', (select coalesce(json_agg(upper(t.target_group) order by t.target_group), '[]') from programme_target_group t where t.programme_id = p.id),
        'sdgGoals', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object('number', g.number, 'shortTitle', json_build_object('en', g.short_title_en)) order by g.number, g.id), '[]')
            from programme_sdg_goal pg join sdg_goal g on g.id = pg.goal_id where pg.programme_id = p.id)))
    order by p.id), '[]')::text
from programme p
where exists (select 1 from programme_target_group t where t.programme_id = p.id and t.target_group in ('newcomers', 'young_immigrants'));
