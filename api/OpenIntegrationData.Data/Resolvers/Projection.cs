using System.Collections.Concurrent;
using NodaTime;
using Npgsql;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// The columns one level reads: the key, the selected scalar fields and, joined into the same
/// statement, the selected to-one relations with their own projections — nothing a query did
/// not ask for, and no extra round-trip for an object a row points at.
/// </summary>
internal sealed class Projection
{
    // Per table alias; a projection is shared by every request of its plan (see For).
    private readonly ConcurrentDictionary<string, IReadOnlyList<SqlFragment>> _selectLists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<SqlJoin>> _joinLists = new(StringComparer.Ordinal);

    private readonly ColumnDefinition[] _columns;
    private readonly Languages[] _languages;
    private readonly JoinedRelation[] _joins;
    private readonly RowShape _shape;

    private Projection(EntityDefinition entity, ColumnDefinition[] columns, Languages[] languages, JoinedRelation[] joins)
    {
        Entity = entity;
        _columns = columns;
        _languages = languages;
        _joins = joins;
        _shape = new RowShape([.. columns.Select(static c => c.Name), .. joins.Select(static j => j.Relation.Name)]);
        Width = 1 + columns.Sum(static c => c.Kind == ValueKind.LocalizedText ? 2 : 1) + joins.Sum(static j => j.Target.Width);
    }

    public EntityDefinition Entity { get; }

    public IReadOnlyList<ColumnDefinition> Columns => _columns;

    /// <summary>The selected to-one relations, read by a left join on their foreign key.</summary>
    public IReadOnlyList<JoinedRelation> Joins => _joins;

    /// <summary>How many result columns <see cref="SelectList"/> produces, joined ones included.</summary>
    public int Width { get; }

    /// <summary>
    /// The projection for these selected fields of <paramref name="entity"/>. A to-one relation
    /// selected under several response names joins once, with the union of their sub-selections.
    /// The fields are a part of a cached plan, so the projection (and its select lists) is built once per plan.
    /// </summary>
    public static Projection For(EntityDefinition entity, IReadOnlyCollection<PlannedField> fields)
    {
        var shared = PlanMemo<IReadOnlyCollection<PlannedField>, Projection>.Get(fields, entity, static (f, e) => Build(e, f));
        return ReferenceEquals(shared.Entity, entity) ? shared : Build(entity, fields);
    }

    private static Projection Build(EntityDefinition entity, IReadOnlyCollection<PlannedField> fields)
    {
        var names = fields.Select(static f => f.Name).ToHashSet(StringComparer.Ordinal);
        var joins = entity.Relations
            .Where(r => !r.IsMany && names.Contains(r.Name))
            .Select(r => new JoinedRelation(r, Build(
                OpenDataCatalog.Get(r.Target),
                fields.Where(f => f.Name == r.Name).SelectMany(static f => f.SelectionSet?.Fields ?? []).ToArray())))
            .ToArray();
        var columns = entity.Columns.Where(c => names.Contains(c.Name)).ToArray();
        return new Projection(entity, columns, columns.Select(c => LanguagesSelected(c, fields)).ToArray(), joins);
    }

    /// <summary>
    /// Which texts of a <c>LocalizedText</c> column the fields that select it ask for (<c>name { en }</c>: English
    /// only). Both columns are still read by the statement; only the asked ones become strings.
    /// </summary>
    private static Languages LanguagesSelected(ColumnDefinition column, IReadOnlyCollection<PlannedField> fields)
    {
        if (column.Kind != ValueKind.LocalizedText)
        {
            return Languages.None;
        }

        var languages = Languages.None;
        foreach (var field in fields)
        {
            if (field.Name != column.Name)
            {
                continue;
            }

            foreach (var text in field.SelectionSet?.Fields ?? [])
            {
                languages |= text.Name switch
                {
                    "de" => Languages.German,
                    "en" => Languages.English,
                    _ => Languages.None,
                };
            }
        }

        return languages;
    }

    /// <summary>
    /// The select list over <paramref name="alias"/>, columns named <c>c0</c>, <c>c1</c>… in reading order: one
    /// fragment of text, written once per alias.
    /// </summary>
    public IReadOnlyList<SqlFragment> SelectList(string alias) =>
        _selectLists.TryGetValue(alias, out var list) ? list : _selectLists.GetOrAdd(alias, BuildSelectList);

    /// <summary>The left joins that bring the joined relations' rows next to the row aliased <paramref name="alias"/> (empty without any).</summary>
    public IReadOnlyList<SqlJoin> JoinList(string alias) =>
        _joinLists.TryGetValue(alias, out var joins) ? joins : _joinLists.GetOrAdd(alias, BuildJoinList);

    private IReadOnlyList<SqlFragment> BuildSelectList(string alias)
    {
        var expressions = new List<SqlFragment>(Width);
        AddExpressions(expressions, alias);
        return [SqlFragment.Join(", ", expressions.Select(static (e, i) => SqlFragment.Of($"{e} as {SqlFragment.Trusted($"c{i}")}"))).Compact()];
    }

    private IReadOnlyList<SqlJoin> BuildJoinList(string alias)
    {
        var joins = new List<SqlJoin>();
        AddJoins(joins, alias);
        return joins.ToArray();
    }

    /// <summary>Reads one row whose projection starts at <paramref name="start"/>.</summary>
    public EntityRow Read(NpgsqlDataReader reader, int start = 0)
    {
        var ordinal = start;
        var key = reader.GetInt64(ordinal++);
        // In the order of the row shape: the columns, then the joined relations.
        var values = new object?[_columns.Length + _joins.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            if (column.Kind == ValueKind.LocalizedText)
            {
                values[i] = ReadText(reader, ordinal, _languages[i]);
                ordinal += 2;
                continue;
            }

            values[i] = ReadValue(reader, ordinal++, column.Kind);
        }

        // A joined row's value sits under the relation's field name; the default resolver serves it as is.
        for (var i = 0; i < _joins.Length; i++)
        {
            var target = _joins[i].Target;
            values[_columns.Length + i] = reader.IsDBNull(ordinal) ? null : target.Read(reader, ordinal);
            ordinal += target.Width;
        }

        return new EntityRow(Entity, key, _shape, values);
    }

    /// <summary>A German/English pair of columns: null when both are empty; a text not asked for is not read into a string.</summary>
    private static LocalizedText? ReadText(NpgsqlDataReader reader, int ordinal, Languages languages)
    {
        var noGerman = reader.IsDBNull(ordinal);
        var noEnglish = reader.IsDBNull(ordinal + 1);
        if (noGerman && noEnglish)
        {
            return null;
        }

        return new LocalizedText(
            noGerman || (languages & Languages.German) == 0 ? null : reader.GetString(ordinal),
            noEnglish || (languages & Languages.English) == 0 ? null : reader.GetString(ordinal + 1));
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
            // Npgsql widens smallint and integer columns itself.
            ValueKind.Int => reader.GetInt32(ordinal),
            ValueKind.Long => reader.GetInt64(ordinal),
            // numeric(20,6) reads as 5.280000; dividing by 1.000… drops the trailing zeros, so clients see 5.28.
            ValueKind.Decimal => reader.GetDecimal(ordinal) / 1.000000000000000000000000000000000m,
            ValueKind.Boolean => reader.GetBoolean(ordinal),
            ValueKind.LocalDate => LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(ordinal)),
            _ => reader.GetString(ordinal),
        };
    }

    private void AddExpressions(List<SqlFragment> expressions, string alias)
    {
        expressions.Add(CatalogSql.Key(alias));
        foreach (var column in Columns)
        {
            expressions.Add(CatalogSql.Column(column, alias));
            if (column.Kind == ValueKind.LocalizedText)
            {
                expressions.Add(CatalogSql.EnglishColumn(column, alias));
            }
        }

        for (var i = 0; i < Joins.Count; i++)
        {
            Joins[i].Target.AddExpressions(expressions, JoinAlias(alias, i));
        }
    }

    private void AddJoins(List<SqlJoin> joins, string alias)
    {
        for (var i = 0; i < Joins.Count; i++)
        {
            var (relation, target) = Joins[i];
            var joined = JoinAlias(alias, i);
            joins.Add(new SqlJoin(CatalogSql.Table(target.Entity, joined), CatalogSql.Correlation(relation, alias, joined), Left: true));
            target.AddJoins(joins, joined);
        }
    }

    /// <summary>The texts of a <c>LocalizedText</c> column a selection asks for.</summary>
    [Flags]
    private enum Languages
    {
        None = 0,
        German = 1,
        English = 2,
    }

    /// <summary><c>t0_0</c>, <c>t0_0_1</c>…: apart from the <c>t1</c>, <c>t2</c>… of filter and sort subqueries.</summary>
    private static string JoinAlias(string alias, int index) => $"{alias}_{index}";
}
