-- q6 equivalent: keyset page of 50 after id 25000, with cursors and hasNextPage (fetch 51)
with page as (
  select id, year, value, unit, area_level
    from indicator_observation
   where id > 25000
   order by id
   limit 51
), shown as (
  select * from page order by id limit 50
)
select json_build_object('indicatorObservations', json_build_object(
         'edges', (select coalesce(json_agg(json_build_object(
                      'cursor', encode(convert_to(s.id::text, 'UTF8'), 'base64'),
                      'node', json_build_object('id', encode(convert_to('IndicatorObservation:' || s.id, 'UTF8'), 'base64'),
                                'year', s.year, 'value', trim_scale(s.value), 'unit', s.unit, 'areaLevel', upper(s.area_level)))
                      order by s.id), '[]'::json) from shown s),
         'pageInfo', json_build_object(
            'hasNextPage', (select count(*) from page) > 50,
            'endCursor', (select encode(convert_to(max(id)::text, 'UTF8'), 'base64') from shown))));
