-- q1 equivalent for our schema: first 50 districts with id (global ID), name, number, as our `data` document
select json_build_object('districts', json_build_object('nodes',
         coalesce(json_agg(json_build_object(
           'id', encode(convert_to('District:' || d.id, 'UTF8'), 'base64'),
           'name', d.name, 'number', d.number) order by d.id), '[]'::json)))
from (select id, name, number from district order by id limit 50) d;
