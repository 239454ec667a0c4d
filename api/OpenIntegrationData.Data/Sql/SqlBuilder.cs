using System.Text;
using NodaTime;
using Npgsql;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// Writes one SQL statement. SQL text comes only from the catalog and the planners
/// (<see cref="Append"/>); every value a client sent goes through <see cref="Parameter"/> and
/// becomes a positional parameter, so no client value is ever spliced into the text.
/// </summary>
public sealed class SqlBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<NpgsqlParameter> _parameters = [];
    private int _aliases;

    /// <summary>Appends trusted SQL text (identifiers and keywords from the catalog, never client values).</summary>
    public SqlBuilder Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    /// <summary>Adds a parameter and returns its placeholder, e.g. <c>$3</c>. NodaTime dates are sent as <see cref="DateOnly"/>.</summary>
    public string Parameter(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _parameters.Add(new NpgsqlParameter { Value = ToDatabaseValue(value) });
        return $"${_parameters.Count}";
    }

    /// <summary>
    /// <c>expression = $n</c> for one key, <c>expression = any($n)</c> for several. PostgreSQL plans a
    /// prepared statement with an array parameter anew on every execution (it never settles on the
    /// generic plan, because only the custom plan knows the array's length), so the common single-key
    /// lookup gets a scalar parameter and is planned once per connection.
    /// </summary>
    public string KeyMatch(string expression, IReadOnlyCollection<long> keys) => keys.Count == 1
        ? $"{expression} = {Parameter(keys.First())}"
        : $"{expression} = any({Parameter(keys.ToArray())})";

    /// <summary>A fresh table alias (<c>t1</c>, <c>t2</c>…) for a subquery.</summary>
    public string NextAlias() => $"t{++_aliases}";

    /// <summary>The finished statement.</summary>
    public SqlStatement Build() => new(_text.ToString(), _parameters.ToArray());

    private static object ToDatabaseValue(object value) => value switch
    {
        LocalDate date => date.ToDateOnly(),
        IReadOnlyList<LocalDate> dates => dates.Select(static d => d.ToDateOnly()).ToArray(),
        _ => value,
    };
}
