-- Counting or listing the figures of a year above or below a size ("how many groups had at least
-- 100 residents in 2022?") read every row of that year from the table to test `persons`. With
-- `persons` in the year index the same question is answered from the index alone; the index still
-- serves filters on the year by itself, so the year-only index goes.
create index population_observation_year_persons_idx on population_observation (year, persons);
drop index population_observation_year_idx;
