-- q4 equivalent: one programme by primary key, 8 scalars (enums upper-case as GraphQL enum values)
select json_build_object('node', json_build_object(
         'id', encode(convert_to('Programme:' || p.id, 'UTF8'), 'base64'), 'key', p.key, 'provider', p.provider,
         'category', upper(p.category), 'status', upper(p.status),
         'startDate', p.start_date, 'endDate', p.end_date, 'url', p.url))
from programme p
where p.id = 42;
