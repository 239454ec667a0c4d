-- q2 equivalent: district 7, year 2022, top 20 by persons desc (tie-break id), with the nationality
select json_build_object('populationObservations', json_build_object('nodes',
         coalesce(json_agg(json_build_object('persons', p.persons, 'year', p.year,
                   'nationality', json_build_object('alpha3', n.alpha3, 'name', json_build_object('en', n.name_en)))
                   order by p.persons desc, p.id), '[]'::json)))
from (select id, persons, year, nationality_id
        from population_observation
       where district_id = 7 and year = 2022
       order by persons desc, id
       limit 20) p
join nationality n on n.id = p.nationality_id;
