with per_district as (
    select g.key as grp, o.district_id, sum(o.persons) as sum
    from population_observation o
    join nationality_group g on g.id = o.nationality_group_id
    join municipality m on m.id = o.municipality_id
    where m.ags = '05315000' and g.key in ('eu', 'foreign') and o.migration_category = 'all'
      and o.sex is null and o.year = 2012 and o.area_level = 'district'
    group by g.key, o.district_id
)
select json_build_object(
    'eu', (select coalesce(json_agg(json_build_object('key', json_build_object('district', json_build_object('name', d.name)), 'sum', p.sum) order by p.district_id), '[]')
           from per_district p join district d on d.id = p.district_id where p.grp = 'eu'),
    'foreign', (select coalesce(json_agg(json_build_object('key', json_build_object('district', json_build_object('name', d.name)), 'sum', p.sum) order by p.district_id), '[]')
           from per_district p join district d on d.id = p.district_id where p.grp = 'foreign'))::text;
