select json_build_object(
    'totalCount', (select count(*) from source where licence is not null),
    'nodes', (select coalesce(json_agg(x.obj order by x.licence, x.key, x.id), '[]') from (
        select s.licence, s.key, s.id, json_build_object('key', s.key, 'title', s.title, 'publisher', s.publisher,
            'licence', s.licence, 'licenceName', s.licence_name, 'retrievedOn', to_char(s.retrieved_on, 'YYYY-MM-DD')) as obj
        from source s where s.licence is not null
        order by s.licence, s.key, s.id limit 50) x))::text;
