using Npgsql;
using NpgsqlTypes;

namespace OpenIntegrationData.Api.Geo;

/// <summary>
/// The SQL of the map endpoint. PostgreSQL writes the whole FeatureCollection (RFC 7946) in one statement: the
/// level's areas with an outline, simplified on request (ST_SimplifyPreserveTopology, 5 decimals instead of 6), each
/// with its figure and share when a measure is asked for, and in the collection's <c>properties</c> the municipality,
/// the level, the measure, the date of the figures and every source (outlines and figures) with its licence.
/// Rings follow RFC 7946's right-hand rule (outer rings counter-clockwise), whatever the source's order.
/// A figure is the one observation of the area for the measure, nationality or group (or neither: everyone), with no
/// split by sex, age or migration category, on the date asked for; the share divides it by the area's residents
/// on the same date.
/// </summary>
internal static class MapQuery
{
    private const string Collection =
        """
        with level as (
            select l.id, l.key, l.name_de, l.name_en, m.ags, m.name as municipality
            from area_level l join municipality m on m.id = l.municipality_id
            where m.ags = @municipality and l.key = @level
        ),
        shown as (
            select a.id, a.code, coalesce(a.name, a.code) as name, a.sort_order, a.boundary_area_km2, a.boundary_source_id,
                   case when @tolerance is null then a.boundary else st_simplifypreservetopology(a.boundary, @tolerance) end as outline
            from area a join level on a.level_id = level.id
            where a.boundary is not null
              and (@date is null or ((a.valid_from is null or a.valid_from <= @date) and (a.valid_until is null or a.valid_until >= @date)))
        ),
        candidate as (
            select o.area_id, o.value, o.is_illustrative, o.source_id, o.year, o.reference_date
            from population_observation o
            where @measure is not null
              and o.area_id in (select id from shown)
              and o.measure_id = (select id from measure where key = @measure)
              -- A group of one country also names the country (Köln's "Türkei" is TR), so each asks for its own column only.
              and (@nationality is null or o.nationality_id = (select id from nationality where alpha2 = @nationality))
              and (@group is null or o.nationality_group_id = (select id from nationality_group where key = @group))
              and (@nationality is not null or @group is not null or (o.nationality_id is null and o.nationality_group_id is null))
              and o.migration_category = 'all' and o.sex is null and o.age_group is null
              and (@date is null or o.reference_date = @date)
              and (@year is null or o.year = @year)
        ),
        figure as (
            select distinct on (c.area_id) c.*
            from candidate c
            where @date is not null or @year is not null or c.year = (select max(year) from candidate)
            order by c.area_id, c.reference_date desc nulls last
        ),
        residents as (
            select o.area_id, o.value
            from population_observation o join figure f on f.area_id = o.area_id and f.year = o.year
                 and f.reference_date is not distinct from o.reference_date
            where @share
              and o.measure_id = (select id from measure where key = 'residents')
              and o.nationality_id is null and o.nationality_group_id is null
              and o.migration_category = 'all' and o.sex is null and o.age_group is null
        ),
        used_source as (
            select distinct 'boundaries' as role, boundary_source_id as id from shown
            union
            select distinct 'figures', source_id from figure
        )
        select json_build_object(
            'type', 'FeatureCollection',
            'bbox', (select json_build_array(round(st_xmin(e)::numeric, 6), round(st_ymin(e)::numeric, 6), round(st_xmax(e)::numeric, 6), round(st_ymax(e)::numeric, 6))
                     from (select st_extent(outline) as e from shown) extent where e is not null),
            'properties', json_build_object(
                'municipality', json_build_object('key', level.ags, 'name', level.municipality),
                'level', json_build_object('key', level.key, 'name', json_build_object('de', level.name_de, 'en', level.name_en)),
                'measure', (select json_build_object('key', me.key, 'name', json_build_object('de', me.name_de, 'en', me.name_en),
                                                     'unit', json_build_object('de', me.unit_de, 'en', me.unit_en), 'kind', me.kind)
                            from measure me where me.key = @measure),
                'nationality', (select json_build_object('key', n.alpha2, 'name', json_build_object('de', n.name_de, 'en', n.name_en))
                                from nationality n where n.alpha2 = @nationality),
                'group', (select json_build_object('key', g.key, 'name', json_build_object('de', g.name_de, 'en', g.name_en))
                          from nationality_group g where g.key = @group),
                'date', (select coalesce(max(reference_date)::text, max(year)::text) from figure),
                'sources', coalesce((
                    select json_agg(json_build_object(
                        'role', u.role, 'key', s.key, 'title', s.title, 'publisher', s.publisher, 'url', s.url,
                        'licence', s.licence, 'licenceName', s.licence_name, 'licenceUrl', s.licence_url, 'attribution', s.attribution,
                        'isIllustrative', s.is_illustrative) order by u.role, s.key)
                    from used_source u join source s on s.id = u.id), '[]'::json)),
            'features', coalesce((
                select json_agg(json_build_object(
                    'type', 'Feature',
                    'id', a.code,
                    'geometry', st_asgeojson(st_forcepolygonccw(a.outline), @digits)::json,
                    'properties', json_build_object(
                        'code', a.code,
                        'name', a.name,
                        'areaKm2', round(a.boundary_area_km2::numeric, 3),
                        'value', f.value,
                        'share', case when r.value > 0 then round(f.value / r.value, 6) end,
                        'date', coalesce(f.reference_date::text, f.year::text),
                        'isIllustrative', f.is_illustrative))
                    order by a.sort_order nulls last, a.code)
                from shown a left join figure f on f.area_id = a.id left join residents r on r.area_id = a.id), '[]'::json))::text
        from level
        """;

    /// <summary>The FeatureCollection as JSON text, or null when the municipality has no level with that key.</summary>
    public static async Task<string?> CollectionAsync(NpgsqlDataSource dataSource, MapRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Collection);
        command.Parameters.Add(Parameter("municipality", NpgsqlDbType.Text, request.Municipality));
        command.Parameters.Add(Parameter("level", NpgsqlDbType.Text, request.Level));
        command.Parameters.Add(Parameter("measure", NpgsqlDbType.Text, request.Measure));
        command.Parameters.Add(Parameter("nationality", NpgsqlDbType.Text, request.Nationality));
        command.Parameters.Add(Parameter("group", NpgsqlDbType.Text, request.Group));
        command.Parameters.Add(Parameter("date", NpgsqlDbType.Date, request.Date));
        command.Parameters.Add(Parameter("year", NpgsqlDbType.Integer, request.Year));
        command.Parameters.Add(Parameter("tolerance", NpgsqlDbType.Double, request.Tolerance));
        command.Parameters.Add(Parameter("digits", NpgsqlDbType.Integer, request.Tolerance is null ? 6 : 5));
        command.Parameters.Add(Parameter("share", NpgsqlDbType.Boolean, request.WantsShare));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The first column of a lookup's rows (<c>@key</c> is its one parameter, where it has one).</summary>
    public static async Task<IReadOnlyList<string>> KeysAsync(NpgsqlDataSource dataSource, string sql, string? key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        if (key is not null)
        {
            command.Parameters.Add(Parameter("key", NpgsqlDbType.Text, key));
        }

        var keys = new List<string>();
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            keys.Add(rows.GetString(0));
        }

        return keys;
    }

    /// <summary>Municipalities with at least one level that has outlines, as "key (name)".</summary>
    public const string MunicipalitiesWithMaps =
        """
        select m.ags || ' (' || m.name || ')' from municipality m
        where exists (select 1 from area a where a.municipality_id = m.id and a.boundary is not null) order by m.ags
        """;

    /// <summary>The levels of a municipality (by AGS) whose areas have outlines.</summary>
    public const string LevelsWithMaps =
        """
        select l.key from area_level l join municipality m on m.id = l.municipality_id
        where m.ags = @key and exists (select 1 from area a where a.level_id = l.id and a.boundary is not null)
        order by l.depth, l.key
        """;

    public const string MunicipalityName = "select name from municipality where ags = @key";

    public const string Measures = "select key from measure order by key";

    public const string Groups = "select key from nationality_group order by key";

    public const string Nationality = "select alpha2 from nationality where alpha2 = @key";

    private static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };
}
