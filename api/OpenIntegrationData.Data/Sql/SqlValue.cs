using NodaTime;
using Npgsql;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// A value that goes to PostgreSQL as a parameter, never as text. One instance interpolated twice
/// into a statement is one parameter (<c>right(x, char_length($1)) = $1</c>).
/// </summary>
public sealed class SqlValue
{
    public SqlValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The value as the graph holds it (NodaTime dates included).</summary>
    public object Value { get; }

    /// <summary>The positional parameter; NodaTime dates go as <see cref="DateOnly"/>.</summary>
    internal NpgsqlParameter ToParameter() => new() { Value = Value switch
    {
        LocalDate date => date.ToDateOnly(),
        IReadOnlyList<LocalDate> dates => dates.Select(static d => d.ToDateOnly()).ToArray(),
        _ => Value,
    } };
}
