-- q5 equivalent: total count over a filter
select json_build_object('populationObservations', json_build_object('totalCount', count(*)))
from population_observation
where year = 2022 and persons >= 100;
