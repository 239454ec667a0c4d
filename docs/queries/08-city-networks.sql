select coalesce(json_agg(json_build_object(
        'key', n.key,
        'kind', upper(n.kind),
        'foundedYear', n.founded_year,
        'memberships', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object(
                    'role', upper(ms.role), 'joinedYear', ms.joined_year,
                    'municipality', json_build_object('name', m.name),
                    'source', json_build_object('title', s.title)) order by ms.id), '[]')
            from membership ms join municipality m on m.id = ms.municipality_id join source s on s.id = ms.source_id
            where ms.network_id = n.id)))
    order by n.key, n.id), '[]')::text
from network n;
