-- The abuse replay's population: the seed's rows without an age group, repeated for the made-up age
-- groups 101+ … (100+:copies)+ (22 by default: ~2 M rows with today's seed), marked illustrative. Run once on a
-- seeded database, as its owner:  psql "$DBURL" -X -v ON_ERROR_STOP=1 [-v copies=22] -f benchmarks/abuse/populate.sql
\if :{?copies}
\else
  \set copies 22
\endif
insert into population_observation (municipality_id, district_id, sub_district_id, area_id, measure_id, nationality_id,
    nationality_group_id, migration_category, sex, age_group, year, reference_date, period, value, persons, source_id,
    is_illustrative, note)
select o.municipality_id, o.district_id, o.sub_district_id, o.area_id, o.measure_id, o.nationality_id,
       o.nationality_group_id, o.migration_category, o.sex, (100 + copy) || '+', o.year, o.reference_date, o.period, o.value,
       o.persons, o.source_id, true, 'benchmarks/abuse/populate.sql'
from population_observation o
cross join generate_series(1, :copies) copy
where o.age_group is null and not o.is_illustrative;
analyze population_observation;
select count(*) as population_rows from population_observation;
