using System.Runtime.CompilerServices;
using System.Text;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// A piece of one SQL statement: text from the catalog and the planners, with every value a client
/// sent kept apart as a <see cref="SqlValue"/>. Fragments nest; the parameters are numbered
/// (<c>$1</c>, <c>$2</c>…) only when the statement is finished (<see cref="ToStatement"/>), so a
/// compiled filter can go into two statements and a fragment never needs to know its place.
/// </summary>
public sealed class SqlFragment
{
    // Each part is trusted text (string), a client value (SqlValue) or a nested fragment.
    private readonly object[] _parts;

    private SqlFragment(object[] parts)
    {
        _parts = parts;
    }

    /// <summary>The condition that holds for every row; <see cref="And"/> leaves it out.</summary>
    public static SqlFragment True { get; } = new(["true"]);

    /// <summary>The condition that holds for no row.</summary>
    public static SqlFragment False { get; } = new(["false"]);

    /// <summary>
    /// Builds a fragment from an interpolated string: the literal text is trusted, interpolated
    /// fragments nest, and any other interpolated value becomes a parameter.
    /// </summary>
    public static SqlFragment Of(ref SqlInterpolation sql) => new(sql.ToParts());

    /// <summary>
    /// Text from the catalog or the planners (keywords, table and column names, aliases), never a
    /// client value: that goes in as a parameter through <see cref="Of"/> or <see cref="SqlValue"/>.
    /// </summary>
    public static SqlFragment Trusted(string text) => new([text]);

    /// <summary>The fragments with <paramref name="separator"/> between them.</summary>
    public static SqlFragment Join(string separator, IEnumerable<SqlFragment> fragments)
    {
        var parts = new List<object>();
        foreach (var fragment in fragments)
        {
            if (parts.Count > 0)
            {
                parts.Add(separator);
            }

            parts.Add(fragment);
        }

        return new SqlFragment(parts.ToArray());
    }

    /// <summary>All conditions hold: <see cref="True"/> ones are left out, several are bracketed.</summary>
    public static SqlFragment And(IEnumerable<SqlFragment> conditions)
    {
        var list = conditions.Where(static c => c != True).ToList();
        return list.Count switch
        {
            0 => True,
            1 => list[0],
            _ => Of($"({Join(" and ", list)})"),
        };
    }

    /// <summary>Any condition holds; several are bracketed.</summary>
    public static SqlFragment Or(IEnumerable<SqlFragment> conditions)
    {
        var list = conditions.ToList();
        return list.Count switch
        {
            0 => True,
            1 => list[0],
            _ => Of($"({Join(" or ", list)})"),
        };
    }

    /// <summary>The finished statement: the text with <c>$n</c> placeholders and one parameter per distinct value.</summary>
    public SqlStatement ToStatement()
    {
        var text = new StringBuilder(512);
        var values = new List<SqlValue>();
        WriteTo(text, values);
        var parameters = new Npgsql.NpgsqlParameter[values.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = values[i].ToParameter();
        }

        return new SqlStatement(text.ToString(), parameters);
    }

    /// <summary>
    /// The same fragment as one piece of text when it holds no client value: for fragments built once and written
    /// into many statements (a plan's select list), which then cost one append instead of a walk over their parts.
    /// </summary>
    public SqlFragment Compact()
    {
        var text = new StringBuilder();
        var values = new List<SqlValue>();
        WriteTo(text, values);
        return values.Count == 0 ? Trusted(text.ToString()) : this;
    }

    /// <summary>The text with the values' placeholders, for messages and tests.</summary>
    public override string ToString() => ToStatement().Text;

    private void WriteTo(StringBuilder text, List<SqlValue> values)
    {
        foreach (var part in _parts)
        {
            switch (part)
            {
                case string trusted:
                    text.Append(trusted);
                    break;
                case SqlFragment nested:
                    nested.WriteTo(text, values);
                    break;
                case SqlValue value:
                    text.Append('$').Append(PlaceholderOf(value, values));
                    break;
            }
        }
    }

    /// <summary>The number of a value; the same <see cref="SqlValue"/> used twice is one parameter.</summary>
    private static int PlaceholderOf(SqlValue value, List<SqlValue> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (ReferenceEquals(values[i], value))
            {
                return i + 1;
            }
        }

        values.Add(value);
        return values.Count;
    }

    /// <summary>
    /// The interpolated-string handler behind <see cref="Of"/>: literal text is trusted, a fragment
    /// nests, a <see cref="SqlValue"/> stays one parameter wherever it appears, anything else becomes a new parameter.
    /// </summary>
    [InterpolatedStringHandler]
    public readonly ref struct SqlInterpolation
    {
        private readonly List<object> _parts;

        public SqlInterpolation(int literalLength, int formattedCount)
        {
            _ = literalLength;
            _parts = new List<object>((2 * formattedCount) + 1);
        }

        public void AppendLiteral(string text) => _parts.Add(text);

        public void AppendFormatted(SqlFragment fragment) => _parts.Add(fragment);

        public void AppendFormatted(SqlValue value) => _parts.Add(value);

        public void AppendFormatted<T>(T value) => _parts.Add(new SqlValue(value ?? throw new ArgumentNullException(nameof(value), "A null is written as IS NULL, never as a parameter.")));

        internal object[] ToParts() => _parts.ToArray();
    }
}
