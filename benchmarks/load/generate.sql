-- Deterministic benchmark data for OUR schema (schema/migrations), at the scale of the shared
-- harness's reference dataset. Run after the migrations, on a database that holds no data yet:
--
--   psql "$DBURL" -X -v ON_ERROR_STOP=1 [-v scale=10] -f benchmarks/load/generate.sql
--
-- scale=1 (default): 5 municipalities, 60 districts, 200 nationalities, 17/169/231 SDG goals,
-- targets and indicators, 120 000 population observations (district x nationality x 10 years),
-- ~50 000 indicator observations, 300 programmes (~4.5 districts and ~3.5 goals each).
-- scale=N multiplies municipalities (so districts), observations and programmes by N; the SDG
-- framework and the 200 nationalities stay as they are (there are only so many countries).
--
-- Same input, same rows, same ids: setseed() fixes random(), every insert is ordered, ids are
-- assigned in insert order. Everything is marked illustrative (generated, not official figures).
\set ON_ERROR_STOP 1
\if :{?scale}
\else
  \set scale 1
\endif
\if :{?years}
\else
  \set years 10
\endif

begin;
select setseed(0.20261121) \g /dev/null

insert into source (key, title, publisher, kind, is_illustrative, note)
values ('bench-generated', 'Generated benchmark data', 'OpenIntegrationData benchmarks', 'illustrative', true,
        'Rows made by benchmarks/load/generate.sql for load tests; not official figures.')
returning id as src \gset

-- SDG framework: 17 goals, 169 targets (official count per goal), 231 indicators
insert into sdg_goal (number, title_de, title_en, short_title_de, short_title_en, colour_hex, source_id)
select i, 'Ziel ' || i || ': ' || t, 'Goal ' || i || ': ' || t, 'Ziel ' || i, t,
       '#' || upper(lpad(to_hex((i * 9973 * 131) % 16777216), 6, '0')), :src
from unnest(array['No poverty','Zero hunger','Good health and well-being','Quality education',
                  'Gender equality','Clean water and sanitation','Affordable and clean energy',
                  'Decent work and economic growth','Industry, innovation and infrastructure',
                  'Reduced inequalities','Sustainable cities and communities',
                  'Responsible consumption and production','Climate action','Life below water',
                  'Life on land','Peace, justice and strong institutions','Partnerships for the goals'])
     with ordinality as g(t, i)
order by i;

insert into sdg_target (goal_id, code, sort_order, title_de, title_en, source_id)
select g.id,
       g.number || '.' || case when t <= c.n - c.l then t::text else chr(96 + t - (c.n - c.l)) end,
       g.number * 100 + t,
       'Unterziel ' || g.number || '.' || t,
       'Target ' || g.number || '.' || t || ': by 2030, ' ||
       (array['reduce','ensure','increase','strengthen','promote','achieve'])[1 + (g.number + t) % 6] ||
       ' measurable progress on ' || lower(g.short_title_en) || ' for all residents',
       :src
from sdg_goal g
cross join lateral (select (array[7,8,13,10,9,8,5,12,8,10,10,11,5,10,12,12,19])[g.number] as n,
                           case when g.number = 17 then 0
                                when (array[7,8,13,10,9,8,5,12,8,10,10,11,5,10,12,12,19])[g.number] >= 10 then 3
                                else 2 end as l) c
cross join generate_series(1, c.n) t
order by g.number, t;

insert into sdg_indicator (code, kind, goal_id, target_id, sort_order, title_de, title_en, unit_en, source_id)
select t.code || '.' || k, 'global', t.goal_id, t.id, t.sort_order * 10 + k,
       'Indikator ' || t.code || '.' || k,
       'Indicator ' || t.code || '.' || k || ' measuring ' ||
       (array['proportion of population','number of persons','rate per 100 000','share of budget','index value'])[1 + (t.id + k) % 5],
       (array['percent','count','per 100 000 population','EUR','index'])[1 + (t.id + k) % 5],
       :src
from sdg_target t
cross join generate_series(1, 2) k
where k = 1 or (t.id * 7) % 169 < 62
order by t.id, k;

-- 200 nationalities with name-like synthetic values and unique codes
insert into nationality (alpha2, alpha3, numeric_code, name_de, name_en, is_eu_member, region_de, region_en, destatis_code, source_id)
select chr(65 + i / 26) || chr(65 + i % 26),
       chr(65 + i / 26) || chr(65 + i % 26) || chr(65 + (i * 7 + 3) % 26),
       lpad((i + 1)::text, 3, '0'),
       n.name || 'ien', n.name,
       i % 7 = 0,
       (array['Afrika','Amerika','Asien','Europa','Ozeanien'])[1 + i % 5],
       (array['Africa','Americas','Asia','Europe','Oceania'])[1 + i % 5],
       lpad((100 + i)::text, 3, '0'),
       :src
from generate_series(0, 199) i
cross join lateral (select initcap(
         (array['ar','bel','cor','dan','el','far','gos','hal','ir','jun','kel','lor','mar',
                'nor','os','pal','quin','ros','sal','tor','ul','ven','wes','yar','zan'])[1 + (i * 7) % 25]
      || (array['a','e','i','o','u','ar','en','is','on','ur'])[1 + (i / 3) % 10]
      || (array['nia','land','stan','ea','ova','ia','ry','ania','mark','esia'])[1 + (i / 25) % 10]) as name) n
order by i;

-- 5 x scale municipalities, 12 districts each
insert into municipality (ags, name, official_name, state, type, area_km2, source_id)
select lpad((5111000 + m)::text, 8, '0'),
       (array['Aberholm','Brinkstad','Corvale','Dunmere','Eastwick'])[1 + (m - 1) % 5] || case when m > 5 then ' ' || m else '' end,
       null, 'Nordrhein-Westfalen', 'kreisfreie Stadt', round((80 + random() * 300)::numeric, 3), :src
from generate_series(1, 5 * :scale) m
order by m;

insert into district (municipality_id, name, number, sort_order, area_km2, area_reference_year, source_id)
select m.id,
       m.name || ' ' || (array['Centre','North','South','East','West','Harbour','Old Town',
                               'Riverside','Hillside','Parkview','Station','Meadows'])[d],
       d::text, d, round((1 + random() * 24)::numeric, 3), 2024, :src
from municipality m cross join generate_series(1, 12) d
order by m.id, 4;

-- population: skewed per (district, nationality) base, growing over the years
insert into population_observation (municipality_id, district_id, nationality_id, year, persons, source_id, is_illustrative)
select b.municipality_id, b.district_id, b.nationality_id, y,
       greatest(0, round(b.base * (1 + 0.04 * (y - 2015)) * (0.9 + 0.2 * random())))::int,
       :src, true
from (
  select d.municipality_id, d.id as district_id, n.id as nationality_id,
         case when n.id = 1 then 4000 + random() * 16000        -- the majority nationality
              when n.id <= 12 then 100 + random() * 1500         -- large minorities
              else floor(exp(random() * 6.5)) - 1                -- long tail 0..665
         end as base
  from district d cross join nationality n
  order by d.id, n.id
) b
cross join generate_series(2015, 2015 + :years - 1) y
order by b.district_id, b.nationality_id, y;

-- indicator values for ~36 % of (indicator, district) pairs, every year
insert into indicator_observation (indicator_id, municipality_id, district_id, year, value, unit, status, source_id, is_illustrative)
select i.id, d.municipality_id, d.id, y, round((random() * (10 + (i.id % 7) * 150))::numeric, 4),
       coalesce(i.unit_en, 'count'), 'illustrative', :src, true
from sdg_indicator i
cross join district d
cross join generate_series(2015, 2015 + :years - 1) y
where ((i.id * 7919 + d.id * 104729) % 1000) < 360
order by i.id, d.id, y;

-- programmes: each in one municipality, several of its districts, a few goals
insert into programme (key, municipality_id, name_de, name_en, description_de, description_en, provider,
                       category, status, start_date, end_date, url, source_id)
select 'bench-programme-' || lpad(p::text, 5, '0'),
       m.id,
       n.name || ' (DE)', n.name,
       'Integrationsangebot ' || p || '.',
       'Integration programme ' || p || ' offering ' ||
       (array['language courses','job coaching','housing advice','youth clubs','health navigation','civic orientation'])[1 + p % 6] ||
       ' in cooperation with local associations and the municipal services.',
       (array['City office','Welfare association','Migrant organisation','Adult education centre'])[1 + p % 4],
       (array['language_course','counselling','welcome_point','health','housing','education',
              'labour_market','participation','anti_discrimination','international_partnership',
              'administration','strategy'])[1 + p % 12],
       (array['planned','active','active','closed'])[1 + p % 4],
       s, case when p % 3 = 0 then null else s + (365 * (1 + p % 4)) end,
       'https://example.org/programmes/' || p,
       :src
from generate_series(1, 300 * :scale) p
join (select id, row_number() over (order by id) as rn from municipality) m on m.rn = 1 + (p - 1) % (5 * :scale)
cross join lateral (select date '2015-01-01' + ((p * 37) % 3650) as s) sd
cross join lateral (select
         (array['Language','Employment','Housing','Youth','Health','Civic','Digital','Mentoring','Childcare','Skills'])[1 + p % 10]
         || ' ' || (array['Bridge','Pathways','Start','Network','Forward','Access','Together','Connect'])[1 + (p / 10) % 8]
         || ' ' || (2015 + p % 10) as name) n
order by p;

insert into programme_district (programme_id, district_id)
select p.id, d.id
from programme p
join district d on d.municipality_id = p.municipality_id
where random() < 0.32 or d.sort_order = 1 + p.id % 12
order by p.id, d.id;

insert into programme_sdg_goal (programme_id, goal_id, assigned_by)
select p.id, g.id, 'project'
from programme p cross join sdg_goal g
where random() < 0.15 or g.number = 1 + (p.id % 17)
order by p.id, g.id;

commit;

vacuum analyze;

select 'municipality' as table_name, count(*) from municipality
union all select 'district', count(*) from district
union all select 'nationality', count(*) from nationality
union all select 'population_observation', count(*) from population_observation
union all select 'sdg_goal', count(*) from sdg_goal
union all select 'sdg_target', count(*) from sdg_target
union all select 'sdg_indicator', count(*) from sdg_indicator
union all select 'indicator_observation', count(*) from indicator_observation
union all select 'programme', count(*) from programme
union all select 'programme_district', count(*) from programme_district
union all select 'programme_sdg_goal', count(*) from programme_sdg_goal
order by 1;
