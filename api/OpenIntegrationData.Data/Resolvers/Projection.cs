using NodaTime;
using Npgsql;
using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// The columns one level reads: the key, the selected scalar fields and the foreign keys of the
/// selected to-one relations — nothing a query did not ask for.
/// </summary>
internal sealed class Projection
{
    private Projection(EntityDefinition entity, IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<RelationDefinition> foreignKeys)
    {
        Entity = entity;
        Columns = columns;
        ForeignKeys = foreignKeys;
        Width = 1 + columns.Sum(static c => c.Kind == ValueKind.LocalizedText ? 2 : 1) + foreignKeys.Count;
    }

    public EntityDefinition Entity { get; }

    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IReadOnlyList<RelationDefinition> ForeignKeys { get; }

    /// <summary>How many result columns <see cref="SelectList"/> produces.</summary>
    public int Width { get; }

    /// <summary>The projection for these selected field names.</summary>
    public static Projection For(EntityDefinition entity, IEnumerable<string> fieldNames)
    {
        var names = fieldNames.ToHashSet(StringComparer.Ordinal);
        return new Projection(
            entity,
            entity.Columns.Where(c => names.Contains(c.Name)).ToArray(),
            entity.Relations.Where(r => !r.IsMany && names.Contains(r.Name)).ToArray());
    }

    /// <summary>The select list over <paramref name="alias"/>, columns named <c>{prefix}0</c>, <c>{prefix}1</c>…</summary>
    public string SelectList(string alias, string prefix = "c")
    {
        var expressions = new List<string> { $"{alias}.id" };
        foreach (var column in Columns)
        {
            expressions.Add(column.SqlFor(alias));
            if (column.Kind == ValueKind.LocalizedText)
            {
                expressions.Add(column.EnglishSqlFor(alias));
            }
        }

        expressions.AddRange(ForeignKeys.Select(r => $"{alias}.{r.ForeignKey}"));
        return string.Join(", ", expressions.Select((e, i) => $"{e} as {prefix}{i}"));
    }

    /// <summary>Reads one row whose projection starts at <paramref name="start"/>.</summary>
    public EntityRow Read(NpgsqlDataReader reader, int start = 0)
    {
        var ordinal = start;
        var key = reader.GetInt64(ordinal++);
        var values = new Dictionary<string, object?>(Columns.Count + 1, StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            if (column.Kind == ValueKind.LocalizedText)
            {
                var de = ReadValue(reader, ordinal++, ValueKind.String) as string;
                var en = ReadValue(reader, ordinal++, ValueKind.String) as string;
                values[column.Name] = de is null && en is null ? null : new LocalizedText(de, en);
                continue;
            }

            values[column.Name] = ReadValue(reader, ordinal++, column.Kind);
        }

        var foreignKeys = new Dictionary<string, long?>(ForeignKeys.Count, StringComparer.Ordinal);
        foreach (var relation in ForeignKeys)
        {
            foreignKeys[relation.Name] = reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
            ordinal++;
        }

        return new EntityRow(Entity, key, values, foreignKeys);
    }

    /// <summary>A value of the given kind as the graph serves it (smallint as int, date as NodaTime LocalDate).</summary>
    public static object? ReadValue(NpgsqlDataReader reader, int ordinal, ValueKind kind)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return kind switch
        {
            ValueKind.Int => Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture),
            ValueKind.Long => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture),
            // numeric(20,6) reads as 5.280000; dividing by 1.000… drops the trailing zeros, so clients see 5.28.
            ValueKind.Decimal => reader.GetDecimal(ordinal) / 1.000000000000000000000000000000000m,
            ValueKind.Boolean => reader.GetBoolean(ordinal),
            ValueKind.LocalDate => LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(ordinal)),
            _ => reader.GetString(ordinal),
        };
    }
}
