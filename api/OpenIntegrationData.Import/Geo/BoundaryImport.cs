using Npgsql;
using NpgsqlTypes;
using OpenIntegrationData.Import.Staging;

namespace OpenIntegrationData.Import.Geo;

/// <summary>
/// Loads the outlines that <c>boundaries.csv</c> names into the areas (and municipalities) they belong to, inside the
/// caller's transaction, after the CSV tables (the areas must exist: a boundary never creates one). Every feature is
/// staged, then checked against the database: the municipality, the level, the area's code and the source must be
/// known, and each area gets one outline. PostGIS repairs an invalid outline (<c>ST_MakeValid</c>, keeping every
/// part of it) rather than dropping it; the database works out its area on the sphere and a point inside it.
/// </summary>
internal sealed class BoundaryImport(NpgsqlConnection connection, string folder, ProblemCollector problems)
{
    private IReadOnlyDictionary<string, int> _manifestColumns = new Dictionary<string, int>();

    /// <summary>Loads the folder's <c>boundaries.csv</c>, if it has one; returns how many outlines were loaded.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var manifest = Path.Combine(folder, BoundaryManifest.FileName);
        if (!File.Exists(manifest))
        {
            return 0;
        }

        var entries = await BoundaryManifest.ReadAsync(manifest, problems, cancellationToken);
        _manifestColumns = entries.Count > 0 ? entries[0].Columns : _manifestColumns;
        await ExecuteAsync(
            """
            create temporary table boundary_stage (
                manifest_line int not null, file text not null, line int not null, col int not null,
                municipality_ags text not null, level_key text, code text not null, geometry text not null, source_key text not null,
                outline geometry(MultiPolygon, 4326)
            ) on commit drop
            """, cancellationToken);
        await StageAsync(entries, cancellationToken);
        if (problems.Any)
        {
            return 0;
        }

        // The outline as PostGIS keeps it: lon/lat (SRID 4326), repaired, only its polygons, always a MultiPolygon.
        await ExecuteAsync(
            "update boundary_stage set outline = st_multi(st_collectionextract(st_makevalid(st_setsrid(st_geomfromgeojson(geometry), 4326)), 3))",
            cancellationToken);

        await CheckAsync(cancellationToken);
        if (problems.Any)
        {
            return 0;
        }

        var areas = await ExecuteAsync(
            """
            update area a set boundary = s.outline, boundary_source_id = src.id
            from boundary_stage s
            join municipality m on m.ags = s.municipality_ags
            join area_level l on l.municipality_id = m.id and l.key = s.level_key
            join source src on src.key = s.source_key
            where a.level_id = l.id and a.code = s.code
            """, cancellationToken);
        var municipalities = await ExecuteAsync(
            """
            update municipality m set boundary = s.outline, boundary_source_id = src.id
            from boundary_stage s join source src on src.key = s.source_key
            where s.level_key is null and m.ags = s.municipality_ags
            """, cancellationToken);
        await ExecuteAsync("drop table boundary_stage", cancellationToken);
        return areas + municipalities;
    }

    private async Task StageAsync(IReadOnlyList<BoundaryManifest.Entry> entries, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "copy boundary_stage (manifest_line, file, line, col, municipality_ags, level_key, code, geometry, source_key) from stdin (format binary)",
            cancellationToken);
        foreach (var entry in entries.TakeWhile(_ => !problems.IsFull))
        {
            var path = Path.Combine(folder, entry.File);
            if (!File.Exists(path))
            {
                problems.Add(BoundaryManifest.FileName, entry.Line, entry.Columns["file"], $"the boundary file \"{entry.File}\" does not exist in the import folder");
                continue;
            }

            var features = BoundaryFileReader.Read(path, entry.File, entry.Properties, problems, entry.RecodedFeatures);
            if (entry.LevelKey is null && features.Count > 1)
            {
                problems.Add(BoundaryManifest.FileName, entry.Line, entry.Columns["level_key"],
                    $"\"{entry.File}\" has {features.Count} features; without a level_key it must hold one, the municipality's outline");
                continue;
            }

            foreach (var feature in features)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(entry.Line, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(entry.File, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(feature.Line, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(feature.Column, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(entry.MunicipalityKey, NpgsqlDbType.Text, cancellationToken);
                if (entry.LevelKey is null)
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(entry.LevelKey, NpgsqlDbType.Text, cancellationToken);
                }

                await copy.WriteAsync(feature.Code, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(feature.GeometryJson, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(entry.SourceKey, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>Names every manifest row and feature that points at nothing, and every area given two outlines.</summary>
    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        await ReportAsync(
            """
            select distinct 'boundaries.csv', s.manifest_line, 'source_key',
                   format('unknown source (source_key ''%s'')', s.source_key)
            from boundary_stage s where not exists (select 1 from source src where src.key = s.source_key)
            """, cancellationToken);
        await ReportAsync(
            """
            select distinct 'boundaries.csv', s.manifest_line, 'municipality_ags',
                   format('unknown municipality (municipality_ags ''%s'')', s.municipality_ags)
            from boundary_stage s where not exists (select 1 from municipality m where m.ags = s.municipality_ags)
            """, cancellationToken);
        await ReportAsync(
            """
            select distinct 'boundaries.csv', s.manifest_line, 'level_key',
                   format('%s has no level ''%s''; its levels: %s', m.name, s.level_key,
                          coalesce((select string_agg(l.key, ', ' order by l.depth, l.key) from area_level l where l.municipality_id = m.id), 'none yet'))
            from boundary_stage s join municipality m on m.ags = s.municipality_ags
            where s.level_key is not null
              and not exists (select 1 from area_level l where l.municipality_id = m.id and l.key = s.level_key)
            """, cancellationToken);
        await ReportAsync(
            """
            select s.file, s.line, s.col,
                   format('no area with the code ''%s'' on the level ''%s'' of %s; a boundary needs its area (area.csv)', s.code, s.level_key, m.name)
            from boundary_stage s
            join municipality m on m.ags = s.municipality_ags
            join area_level l on l.municipality_id = m.id and l.key = s.level_key
            where not exists (select 1 from area a where a.level_id = l.id and a.code = s.code)
            """, cancellationToken);
        await ReportAsync(
            """
            select file, line, col, format('the outline of ''%s'' (%s) was already given by %s, line %s',
                                           code, coalesce(level_key, 'the municipality'), first_file, first_line)
            from (select s.*, first_value(file) over same as first_file, first_value(line) over same as first_line,
                         row_number() over same as nth
                  from boundary_stage s
                  window same as (partition by municipality_ags, coalesce(level_key, ''), case when level_key is null then '' else code end
                                  order by manifest_line, line, col)) s
            where nth > 1
            """, cancellationToken);
        await ReportAsync(
            """
            select file, line, col, format('the outline of ''%s'' has no area left after repair; check its rings', code)
            from boundary_stage where st_isempty(outline)
            """, cancellationToken);
    }

    // Each row: file, line, column (a number, or the manifest column's name), reason.
    private async Task ReportAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            var column = rows.GetValue(2) is string name ? ManifestColumn(name) : rows.GetInt32(2);
            problems.Add(rows.GetString(0), rows.GetInt32(1), column, rows.GetString(3));
        }
    }

    private int ManifestColumn(string name) => _manifestColumns.TryGetValue(name, out var column) ? column : 1;

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
